// Today at a glance: breaks done against the daily goal (a ring), minutes stretched and the
// longest sitting stretch; and the goal streak next to it.
import type { JSX } from 'preact';
import type { HistoryStats } from '../../src-main/core/history';
import { dayMonth, dayRange, longDay, plural, sittingText, stretchedText } from './format';

type TodayStats = HistoryStats['today'];
type HeldStats = HistoryStats['held'];
type HeldCount = HeldStats['today'];

/** Why breaks were held (SPEC §3.12), in the words the tray uses. */
const HELD_REASON: Record<keyof HeldCount['byReason'], string> = {
  call: 'in a call',
  presenting: 'presenting',
  dnd: 'do not disturb',
  app: 'a listed program',
};

/** "in a call (2), presenting (1)": each reason that held a break, most first. */
export function heldReasons(h: HeldCount): string {
  return (Object.entries(h.byReason) as [keyof HeldCount['byReason'], number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${HELD_REASON[r]} (${n})`)
    .join(', ');
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
      <dt>Held while you were busy</dt>
      <dd data-stat="held">
        {today.count === 0 ? 'None today' : `${plural(today.count, 'break')} today: ${heldReasons(today)}`}
        <span class="muted small" data-stat="held-fortnight">
          {` · ${plural(fortnight, 'break')} in the last 14 days`}
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
    <div class="ring" role="img" aria-label={`${done} of ${goal} breaks done today`}>
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
        <span class="ring-done">{done}</span>
        <span class="ring-goal">of {goal}</span>
      </span>
    </div>
  );
}

function goalLine(t: TodayStats): string {
  if (t.done === 0) return `No breaks done yet today. Your goal is ${plural(t.goal, 'break')}.`;
  if (t.remaining > 0) return `${plural(t.remaining, 'more break')} to reach today’s goal.`;
  const extra = t.done - t.goal;
  return extra > 0 ? `Goal reached, and ${extra} more on top.` : 'Goal reached. Nicely done.';
}

export function TodayCard({ today, held }: { today: TodayStats; held?: HeldStats }): JSX.Element {
  return (
    <section class="card today" aria-labelledby="today-title">
      <div class="card-head">
        <h2 id="today-title">Today</h2>
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
              <dt>Breaks done</dt>
              <dd data-stat="done">
                {today.done} <span class="muted">of {today.goal}</span>
              </dd>
            </div>
            <div class="fact">
              <dt>Time stretching</dt>
              <dd data-stat="stretched">{stretchedText(today.secondsStretched)}</dd>
            </div>
            <div class="fact">
              <dt>Longest sitting stretch</dt>
              <dd data-stat="longest-sit">{today.longestSittingSeconds > 0 ? sittingText(today.longestSittingSeconds) : '—'}</dd>
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
  const goal = plural(stats.dailyGoal, 'break');
  let hint: string;
  if (s.current === 0) hint = `Reach ${goal} in a day to start a streak.`;
  else if (!s.todayCounted) hint = `Reach today’s goal to make it ${s.current + 1}.`;
  else hint = `Today counts too. Going since ${dayMonth(s.currentFrom ?? stats.today.date)}.`;
  return (
    <section class="card streak" aria-labelledby="streak-title">
      <div class="card-head">
        <h2 id="streak-title">Streak</h2>
        <p class="muted small">days in a row with {goal} or more</p>
      </div>
      <div class="streak-body">
        <p class="streak-now">
          <span class="big-number" data-stat="streak-current">
            {s.current}
          </span>{' '}
          <span>{s.current === 1 ? 'day' : 'days'}</span>
          <span class="visually-hidden"> current streak</span>
        </p>
        <p class="small">{hint}</p>
        {s.best > 0 && (
          <p class="streak-best small">
            <span class="muted">Best: </span>
            <strong data-stat="streak-best">{plural(s.best, 'day')}</strong>
            {s.bestFrom && s.bestTo && <span class="muted"> ({dayRange(s.bestFrom, s.bestTo)})</span>}
          </p>
        )}
      </div>
    </section>
  );
}
