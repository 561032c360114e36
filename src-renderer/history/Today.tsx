// Today at a glance: breaks done against the daily goal (a ring), minutes stretched and the
// longest sitting stretch; and the goal streak next to it.
import type { JSX } from 'preact';
import type { HistoryStats } from '../../src-main/core/history';
import { t } from '../shared/i18n';
import { dayMonth, dayRange, list, longDay, num, sittingText, stretchedText } from './format';
import { tRich } from './rich';

type TodayStats = HistoryStats['today'];
type HeldStats = HistoryStats['held'];
type HeldCount = HeldStats['today'];

/** "in a call (2), presenting (1)": each reason that held a break (SPEC §3.12, in the words the tray uses), most first. */
export function heldReasons(h: HeldCount): string {
  return list(
    (Object.entries(h.byReason) as [keyof HeldCount['byReason'], number][])
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([reason, count]) => t('history.held.reason', { reason, count })),
  );
}

/**
 * Breaks held while the user was busy: today's count and why, and the last 14 days' — shown once
 * anything was held, so a detector that holds breaks wrongly is easy to spot (and turn off).
 */
function HeldFact({ held }: { held: HeldStats }): JSX.Element | null {
  const fortnight = held.lastDays.reduce((n, d) => n + d.count, 0);
  if (fortnight === 0) return null;
  const today = held.today;
  return (
    <div class="fact fact-wide">
      <dt>{t('history.held.title')}</dt>
      <dd data-stat="held">
        {today.count === 0 ? t('history.held.noneToday') : t('history.held.today', { count: today.count, reasons: heldReasons(today) })}
        <span class="muted small" data-stat="held-fortnight">
          {` · ${t('history.held.fortnight', { count: fortnight })}`}
        </span>
      </dd>
    </div>
  );
}

/** A ring filled to done/goal; the number inside is for sighted users, the label says it all. */
export function GoalRing({ done, goal }: { done: number; goal: number }): JSX.Element {
  const r = 42;
  const c = 2 * Math.PI * r;
  const frac = Math.max(0, Math.min(1, done / goal));
  return (
    <div class="ring" role="img" aria-label={t('history.today.ring', { done, goal })}>
      <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle class="ring-track" cx="50" cy="50" r={r} />
        {frac > 0 && (
          <circle
            class={`ring-value ${frac >= 1 ? 'ring-full' : ''}`}
            cx="50"
            cy="50"
            r={r}
            stroke-dasharray={`${(c * frac).toFixed(2)} ${c.toFixed(2)}`}
            transform="rotate(-90 50 50)"
          />
        )}
      </svg>
      <span class="ring-text" aria-hidden="true">
        <span class="ring-done">{num(done)}</span>
        <span class="ring-goal">{t('history.today.ringGoal', { goal })}</span>
      </span>
    </div>
  );
}

function goalLine(s: TodayStats): string {
  if (s.done === 0) return t('history.today.noneYet', { goal: s.goal });
  if (s.remaining > 0) return t('history.today.remaining', { remaining: s.remaining });
  const extra = s.done - s.goal;
  return extra > 0 ? t('history.today.reachedExtra', { extra }) : t('history.today.reached');
}

export function TodayCard({ today, held }: { today: TodayStats; held?: HeldStats }): JSX.Element {
  return (
    <section class="card today" aria-labelledby="today-title">
      <div class="card-head">
        <h2 id="today-title">{t('history.today.title')}</h2>
        <p class="muted small">{longDay(today.date)}</p>
      </div>
      <div class="today-body">
        <GoalRing done={today.done} goal={today.goal} />
        <div class="today-facts">
          <p class="today-goal" data-stat="goal-line">
            {goalLine(today)}
          </p>
          <dl class="facts">
            <div class="fact">
              <dt>{t('history.today.done')}</dt>
              <dd data-stat="done">
                <span class="muted">
                  {tRich('history.today.doneOfGoal', { goal: today.goal }, { done: <span class="fact-number">{num(today.done)}</span> })}
                </span>
              </dd>
            </div>
            <div class="fact">
              <dt>{t('history.today.stretched')}</dt>
              <dd data-stat="stretched">{stretchedText(today.secondsStretched)}</dd>
            </div>
            <div class="fact">
              <dt>{t('history.today.longestSit')}</dt>
              <dd data-stat="longest-sit">{today.longestSittingSeconds > 0 ? sittingText(today.longestSittingSeconds) : t('history.today.noValue')}</dd>
            </div>
            {held && <HeldFact held={held} />}
          </dl>
        </div>
      </div>
    </section>
  );
}

export function StreakCard({ stats }: { stats: HistoryStats }): JSX.Element {
  const s = stats.streak;
  const goal = stats.dailyGoal;
  let hint: string;
  if (s.current === 0) hint = t('history.streak.start', { goal });
  else if (!s.todayCounted) hint = t('history.streak.continue', { next: s.current + 1 });
  else hint = t('history.streak.going', { since: dayMonth(s.currentFrom ?? stats.today.date) });
  const best = <strong data-stat="streak-best">{t('history.streak.bestDays', { count: s.best })}</strong>;
  return (
    <section class="card streak" aria-labelledby="streak-title">
      <div class="card-head">
        <h2 id="streak-title">{t('history.streak.title')}</h2>
        <p class="muted small">{t('history.streak.rule', { goal })}</p>
      </div>
      <div class="streak-body">
        <p class="streak-now">
          <span class="big-number" data-stat="streak-current">
            {num(s.current)}
          </span>{' '}
          <span>{t('history.streak.unit', { count: s.current })}</span>
          <span class="visually-hidden"> {t('history.streak.current')}</span>
        </p>
        <p class="small">{hint}</p>
        {s.best > 0 && (
          <p class="streak-best small muted">
            {s.bestFrom && s.bestTo
              ? tRich('history.streak.bestFrom', { range: dayRange(s.bestFrom, s.bestTo) }, { days: best })
              : tRich('history.streak.best', {}, { days: best })}
          </p>
        )}
      </div>
    </section>
  );
}
