// The tray menu (SPEC §7) as a pure function of the app's status: the same state always gives the
// same template, so every state and every item's action can be tested without Electron.
//   (status line) · Start a stretch now · Snooze/Pause ▸ | Resume · Remind me every ▸ ·
//   Today: 3 of 6 · History… · Settings… · Quit
// The first, disabled line carries the status with clock times ("Next break ≈ 11:30", "Paused
// until 11:30"): Linux trays show no tooltip, and a clock time stays true between status changes,
// so the menu needs no timer to keep it right.
import type { MenuItemConstructorOptions } from 'electron';
import type { TodayProgress } from './core/bridge';
import type { PauseRequest, SchedulerStatus } from './core/scheduler';
import type { MainId, MessageValues } from './core/i18n/translate';
import type { MainText } from './core/main-text';
import { statusLine } from './core/status-text';
import { mainText } from './main-words';

export interface TrayMenuState {
  status: Pick<SchedulerStatus, 'mode' | 'paused'>;
  today: TodayProgress;
  sitMinutes: number;
  /** the first, disabled line (trayStatusLine) */
  statusLine?: string;
}

/**
 * The status as one line with clock times only (no "for 45 min", which would go stale), worded
 * by the core (statusLine) beside the tooltip, so states the core adds — e.g. a break held back
 * while you are busy — show up here without a change.
 */
export function trayStatusLine(s: SchedulerStatus, now: number, text: MainText = mainText()): string {
  return statusLine(s, now, text);
}

export interface TrayActions {
  stretchNow(): void;
  /** bring the break window forward and let it take the keyboard */
  showBreak(): void;
  pause(request: PauseRequest): void;
  resume(): void;
  setSitMinutes(minutes: number): void;
  openHistory(): void;
  openSettings(): void;
  quit(): void;
}

export const REMIND_CHOICES = [30, 45, 60, 90] as const;

export const PAUSE_CHOICES: readonly { id: string; label: MainId; values?: MessageValues; request: PauseRequest }[] = [
  { id: 'pause-30', label: 'main.tray.pause.minutes', values: { minutes: 30 }, request: { minutes: 30 } },
  { id: 'pause-60', label: 'main.tray.pause.hours', values: { hours: 1 }, request: { minutes: 60 } },
  { id: 'pause-120', label: 'main.tray.pause.hours', values: { hours: 2 }, request: { minutes: 120 } },
  { id: 'pause-tomorrow', label: 'main.tray.pause.tomorrow', request: { until: 'tomorrow' } },
  { id: 'pause-forever', label: 'main.tray.pause.forever', request: { until: 'forever' } },
];

export function trayMenuTemplate(state: TrayMenuState, actions: TrayActions, { t }: MainText = mainText()): MenuItemConstructorOptions[] {
  const { mode, paused } = state.status;
  const breakOpen = mode === 'break' || mode === 'routine';
  const first: MenuItemConstructorOptions = breakOpen
    ? { id: 'show-break', label: t('main.tray.showBreak'), click: () => actions.showBreak() }
    : { id: 'stretch-now', label: t('main.tray.stretchNow'), click: () => actions.stretchNow() };

  const pauseOrResume: MenuItemConstructorOptions = paused
    ? { id: 'resume', label: t('main.tray.resume'), click: () => actions.resume() }
    : {
        id: 'pause',
        label: t('main.tray.pause'),
        // a running routine is finished or stopped in its window, not paused from here
        enabled: mode !== 'routine',
        submenu: PAUSE_CHOICES.map((c) => ({ id: c.id, label: t(c.label, c.values), click: () => actions.pause(c.request) })),
      };

  const choices: number[] = [...REMIND_CHOICES];
  const custom = !choices.includes(state.sitMinutes);
  const remind: MenuItemConstructorOptions = {
    id: 'remind',
    label: t('main.tray.remind'),
    submenu: [
      ...choices.map(
        (m): MenuItemConstructorOptions => ({
          id: `remind-${m}`,
          label: t('main.tray.remind.minutes', { minutes: m }),
          type: 'radio',
          checked: state.sitMinutes === m,
          click: () => actions.setSitMinutes(m),
        }),
      ),
      ...(custom
        ? [{ id: `remind-${state.sitMinutes}`, label: t('main.tray.remind.custom', { minutes: state.sitMinutes }), type: 'radio', checked: true, enabled: false } as const]
        : []),
    ],
  };

  return [
    ...(state.statusLine ? [{ id: 'status', label: state.statusLine, enabled: false } as const, { type: 'separator' } as const] : []),
    first,
    pauseOrResume,
    remind,
    { type: 'separator' },
    { id: 'today', label: t('today.progress', { done: state.today.done, goal: state.today.goal }), enabled: false },
    { type: 'separator' },
    { id: 'history', label: t('main.tray.history'), click: () => actions.openHistory() },
    { id: 'settings', label: t('main.tray.settings'), click: () => actions.openSettings() },
    { type: 'separator' },
    { id: 'quit', label: t('main.tray.quit'), click: () => actions.quit() },
  ];
}

/** The tray image for the theme and state (files in assets/icons, see tray.ts). */
export function trayIconFile(template: boolean, dark: boolean, paused: boolean): string {
  const state = paused ? '-paused' : '';
  // macOS: a template image (black + alpha) that the menu bar tints itself
  if (template) return `trayTemplate${state}.png`;
  return `tray${state}-${dark ? 'dark' : 'light'}.png`;
}
