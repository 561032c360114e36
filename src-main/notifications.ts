// The heads-up `warnSeconds` before a break (SPEC §1 "warn"). Where Electron shows notification
// buttons (macOS, Windows: platform.ts) it offers "Snooze" and "Start now"; a click on the
// notification itself starts the stretch everywhere. Normal urgency: GNOME files a low-urgency
// notification straight into the message tray without popping it up. Snooze from the heads-up: the
// break is snoozed the moment it is due, without showing its window (see HeadsUp.takeSnooze); it
// counts as one of its snoozes. Where a break window shown without focus would go unseen
// (Wayland), `announceBreak` tells the user the break is there; clicking it opens the window.
import type { Notification, NotificationConstructorOptions } from 'electron';
import type { BusyReason } from './core/busy';
import { clockText, type MainText } from './core/main-text';
import { mainText } from './main-words';
import type { Capabilities } from './platform';

type NotifyCaps = Pick<Capabilities, 'notificationActions' | 'notificationUrgency' | 'notificationFailed'>;

export interface HeadsUpDeps {
  create(options: NotificationConstructorOptions): Notification;
  supported(): boolean;
  caps: NotifyCaps;
  icon?: string;
  startNow(): void;
  /** bring the break window forward and give it the keyboard */
  openBreak?(): void;
  log?(message: string): void;
}

export const SNOOZE_ACTION = 0;

export function headsUpOptions(
  dueAt: number,
  now: number,
  caps: NotifyCaps,
  icon?: string,
  heldBy?: BusyReason,
  { t, locale }: MainText = mainText(),
): NotificationConstructorOptions {
  const seconds = Math.max(0, Math.round((dueAt - now) / 1000));
  const time = clockText(locale, dueAt, now);
  return {
    title: seconds < 90 ? t('main.headsUp.titleSeconds', { seconds }) : t('main.headsUp.titleMinutes', { minutes: Math.round(seconds / 60) }),
    // after a long hold (SPEC §3.12c): say what held it, so a wrong detector can be turned off
    body: heldBy ? t('main.headsUp.bodyHeld', { time, reason: heldBy }) : t('main.headsUp.body', { time }),
    silent: true,
    ...(caps.notificationUrgency ? { urgency: 'normal', timeoutType: 'default' } : {}),
    ...(icon ? { icon } : {}),
    ...(caps.notificationActions
      ? { actions: [{ type: 'button', text: t('main.headsUp.snooze') }, { type: 'button', text: t('main.headsUp.startNow') }] }
      : {}),
  };
}

export function breakNoticeOptions(caps: NotifyCaps, icon?: string, { t }: MainText = mainText()): NotificationConstructorOptions {
  return {
    title: t('main.breakNotice.title'),
    body: t('main.breakNotice.body'),
    silent: true,
    // stays in view until answered: this notification is the only sign of the break
    ...(caps.notificationUrgency ? { urgency: 'normal', timeoutType: 'never' } : {}),
    ...(icon ? { icon } : {}),
  };
}

/** The 2-minute window in which a due break still belongs to the heads-up that was snoozed. */
const SNOOZE_MATCH_MS = 120_000;

export class HeadsUp {
  private current: Notification | null = null;
  private notice: Notification | null = null;
  private snoozeFor: number | null = null;

  constructor(private readonly deps: HeadsUpDeps) {}

  /** Shows the heads-up for a break due at `dueAt` (wall ms). */
  show(dueAt: number, now: number, heldBy?: BusyReason): void {
    this.close();
    this.snoozeFor = null;
    if (!this.deps.supported()) return;
    const n = this.deps.create(headsUpOptions(dueAt, now, this.deps.caps, this.deps.icon, heldBy));
    if (this.deps.caps.notificationActions) {
      n.on('action', (event, legacyIndex) => {
        const index = (event as { actionIndex?: number } | undefined)?.actionIndex ?? legacyIndex;
        if (index === SNOOZE_ACTION) this.snoozeFor = dueAt;
        else this.deps.startNow();
      });
    }
    n.on('click', () => this.deps.startNow());
    this.watchFailure(n, 'heads-up');
    n.show();
    this.current = n;
  }

  /** Tells the user a break is waiting (where its window cannot be seen to appear). */
  announceBreak(): void {
    this.closeNotice();
    if (!this.deps.supported()) return;
    const n = this.deps.create(breakNoticeOptions(this.deps.caps, this.deps.icon));
    n.on('click', () => this.deps.openBreak?.());
    this.watchFailure(n, 'break notice');
    n.show();
    this.notice = n;
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

  closeNotice(): void {
    this.notice?.close();
    this.notice = null;
  }

  private watchFailure(n: Notification, what: string): void {
    if (this.deps.caps.notificationFailed) n.on('failed', (_event, error) => this.deps.log?.(`the ${what} notification could not be shown: ${error}`));
  }
}
