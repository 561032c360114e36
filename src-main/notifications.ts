// The heads-up `warnSeconds` before a break (SPEC §1 "warn"). Where the platform shows action
// buttons (macOS) it offers "Snooze" and "Start now"; elsewhere it is a plain notification
// (clicking it starts the stretch). Snooze from the heads-up: the break is snoozed the moment it
// is due, without showing its window (see HeadsUp.takeSnooze); it counts as one of its snoozes.
import type { Notification, NotificationConstructorOptions } from 'electron';
import type { BusyReason } from './core/busy';
import { BUSY_REASON_TEXT, clockText } from './core/status-text';

export interface HeadsUpDeps {
  create(options: NotificationConstructorOptions): Notification;
  supported(): boolean;
  platform: string;
  icon?: string;
  startNow(): void;
}

/** Electron shows notification actions on macOS only (Windows needs custom toast XML). */
export function supportsActions(platform: string): boolean {
  return platform === 'darwin';
}

export function headsUpOptions(dueAt: number, now: number, platform: string, icon?: string, heldBy?: BusyReason): NotificationConstructorOptions {
  const seconds = Math.max(0, Math.round((dueAt - now) / 1000));
  const inText = seconds < 90 ? `in ${seconds} seconds` : `in ${Math.round(seconds / 60)} minutes`;
  // after a long hold (SPEC §3.12c): say what held it, so a wrong detector can be turned off
  const held = heldBy
    ? ` It was held while ${BUSY_REASON_TEXT[heldBy]}; if that is wrong, turn it off in Settings → Don't interrupt me.`
    : '';
  return {
    title: `Stretch break ${inText}`,
    body: `Limber will open a short routine at ${clockText(dueAt, now)}. Finish your sentence.${held}`,
    silent: true,
    urgency: 'low',
    timeoutType: 'default',
    ...(icon ? { icon } : {}),
    ...(supportsActions(platform)
      ? { actions: [{ type: 'button', text: 'Snooze' }, { type: 'button', text: 'Start now' }], closeButtonText: 'OK' }
      : {}),
  };
}

/** The 2-minute window in which a due break still belongs to the heads-up that was snoozed. */
const SNOOZE_MATCH_MS = 120_000;

export class HeadsUp {
  private current: Notification | null = null;
  private snoozeFor: number | null = null;

  constructor(private readonly deps: HeadsUpDeps) {}

  /** Shows the heads-up for a break due at `dueAt` (wall ms). */
  show(dueAt: number, now: number, heldBy?: BusyReason): void {
    this.close();
    this.snoozeFor = null;
    if (!this.deps.supported()) return;
    const n = this.deps.create(headsUpOptions(dueAt, now, this.deps.platform, this.deps.icon, heldBy));
    n.on('action', (_event, index) => {
      if (index === 0) this.snoozeFor = dueAt;
      else this.deps.startNow();
    });
    if (!supportsActions(this.deps.platform)) n.on('click', () => this.deps.startNow());
    n.show();
    this.current = n;
  }

  /** True (once) if the user asked to snooze the break that is now due at `now`. */
  takeSnooze(now: number): boolean {
    const due = this.snoozeFor;
    this.snoozeFor = null;
    return due !== null && Math.abs(now - due) <= SNOOZE_MATCH_MS;
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }
}
