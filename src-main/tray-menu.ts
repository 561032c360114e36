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
import { clockText, statusText } from './core/status-text';

export interface TrayMenuState {
  status: Pick<SchedulerStatus, 'mode' | 'paused'>;
  today: TodayProgress;
  sitMinutes: number;
  /** the first, disabled line (trayStatusLine) */
  statusLine?: string;
}

/**
 * The status as one line with clock times only (no "for 45 min", which would go stale). The
 * sitting and paused states are worded here; everything else comes from the core's statusText
 * (without its "Limber: " prefix and without running durations), so states and details the core
 * adds — e.g. a break held back while you are busy — show up here without a change.
 */
export function trayStatusLine(s: SchedulerStatus, now: number): string {
  const core = statusText(s, now)
    .replace(/^Limber(?::\s*)?/, '')
    .split(' · ')
    .map((part) => part.replace(/\s*\(in [^)]*\)/g, '').trim())
    .filter((part) => part !== '');
  const extras = core.filter((part) => !/^(sitting for |next break at |snoozed break at )/.test(part));
  let head: string | null = null;
  if (s.mode === 'sitting') head = s.nextBreakAt !== null ? `${s.snoozed ? 'Snoozed break' : 'Next break'} ≈ ${clockText(s.nextBreakAt, now)}` : 'Sitting clock running';
  else if (s.mode === 'paused') head = s.pausedUntil === null ? 'Paused until you resume' : `Paused until ${clockText(s.pausedUntil, now)}`;
  // in the sitting state, anything the core adds (a break held while you are busy, one waiting
  // for a pause in your typing) says more than the due time, which it overrides
  const parts = s.mode === 'sitting' && extras.length ? extras : head ? [head] : core;
  const text = parts.join(' · ');
  return text ? text[0]!.toUpperCase() + text.slice(1) : 'Limber';
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

export const PAUSE_CHOICES: readonly { id: string; label: string; request: PauseRequest }[] = [
  { id: 'pause-30', label: 'For 30 minutes', request: { minutes: 30 } },
  { id: 'pause-60', label: 'For 1 hour', request: { minutes: 60 } },
  { id: 'pause-120', label: 'For 2 hours', request: { minutes: 120 } },
  { id: 'pause-tomorrow', label: 'Until tomorrow', request: { until: 'tomorrow' } },
  { id: 'pause-forever', label: 'Indefinitely', request: { until: 'forever' } },
];

export function trayMenuTemplate(state: TrayMenuState, actions: TrayActions): MenuItemConstructorOptions[] {
  const { mode, paused } = state.status;
  const breakOpen = mode === 'break' || mode === 'routine';
  const first: MenuItemConstructorOptions = breakOpen
    ? { id: 'show-break', label: 'Go to the stretch break', click: () => actions.showBreak() }
    : { id: 'stretch-now', label: 'Start a stretch now', click: () => actions.stretchNow() };

  const pauseOrResume: MenuItemConstructorOptions = paused
    ? { id: 'resume', label: 'Resume', click: () => actions.resume() }
    : {
        id: 'pause',
        label: 'Snooze/Pause',
        // a running routine is finished or stopped in its window, not paused from here
        enabled: mode !== 'routine',
        submenu: PAUSE_CHOICES.map((c) => ({ id: c.id, label: c.label, click: () => actions.pause(c.request) })),
      };

  const choices: number[] = [...REMIND_CHOICES];
  const custom = !choices.includes(state.sitMinutes);
  const remind: MenuItemConstructorOptions = {
    id: 'remind',
    label: 'Remind me every',
    submenu: [
      ...choices.map(
        (m): MenuItemConstructorOptions => ({
          id: `remind-${m}`,
          label: `${m} min`,
          type: 'radio',
          checked: state.sitMinutes === m,
          click: () => actions.setSitMinutes(m),
        }),
      ),
      ...(custom
        ? [{ id: `remind-${state.sitMinutes}`, label: `${state.sitMinutes} min (from settings)`, type: 'radio', checked: true, enabled: false } as const]
        : []),
    ],
  };

  return [
    ...(state.statusLine ? [{ id: 'status', label: state.statusLine, enabled: false } as const, { type: 'separator' } as const] : []),
    first,
    pauseOrResume,
    remind,
    { type: 'separator' },
    { id: 'today', label: `Today: ${state.today.done} of ${state.today.goal}`, enabled: false },
    { type: 'separator' },
    { id: 'history', label: 'History…', click: () => actions.openHistory() },
    { id: 'settings', label: 'Settings…', click: () => actions.openSettings() },
    { type: 'separator' },
    { id: 'quit', label: 'Quit', click: () => actions.quit() },
  ];
}

/** The tray image for the theme and state (files in assets/icons, see tray.ts). */
export function trayIconFile(template: boolean, dark: boolean, paused: boolean): string {
  const state = paused ? '-paused' : '';
  // macOS: a template image (black + alpha) that the menu bar tints itself
  if (template) return `trayTemplate${state}.png`;
  return `tray${state}-${dark ? 'dark' : 'light'}.png`;
}
