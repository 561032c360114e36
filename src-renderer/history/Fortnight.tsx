// The last 14 days as stacked bars of how the breaks ended: completed, partial, stopped (only
// when there were any), skipped — with the daily goal as a line. A bar is as tall as the day's
// breaks: snoozes are not breaks (a snoozed break comes back and ends in one of those outcomes),
// so they are shown apart, as a count in a row of their own under the bars, never stacked on
// them (a day of 9 breaks and 5 snoozes is a bar of 9). CSS, no chart library. One tab stop;
// ←/→ move between days and the day's numbers show under the chart. The same numbers are in a
// table (visually hidden until "Show numbers"), the chart's text alternative.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { DayStats } from '../../src-main/core/history';
import { longDay, parseDay, plural, weekdayShort } from './format';
import { useRoving } from './roving';

type SeriesKey = 'completed' | 'partial' | 'stopped' | 'skipped';

interface Series {
  key: SeriesKey;
  label: string;
  /** lower-case, for sentences */
  word: string;
}

const ALL_SERIES: readonly Series[] = [
  { key: 'completed', label: 'Completed', word: 'completed' },
  { key: 'partial', label: 'Partial', word: 'partial' },
  { key: 'stopped', label: 'Stopped', word: 'stopped' },
  { key: 'skipped', label: 'Skipped', word: 'skipped' },
];

const snoozeWords = (n: number): string => (n === 0 ? 'no snoozes' : `snoozed ${n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`}`);

function describe(day: DayStats, series: readonly Series[], today: string): string {
  const parts = series.map((s) => `${day[s.key]} ${s.word}`);
  return `${longDay(day.date)}${day.date === today ? ' (today)' : ''}: ${parts.join(', ')}; ${snoozeWords(day.snoozes)}`;
}

/** A round axis top: at least the goal, with a little head room. */
function axisMax(days: readonly DayStats[], series: readonly Series[], goal: number): number {
  const top = Math.max(goal, ...days.map((d) => series.reduce((n, s) => n + d[s.key], 0)));
  return top <= 5 ? top : Math.ceil(top / 2) * 2;
}

export function FortnightChart({ days, goal }: { days: DayStats[]; goal: number }): JSX.Element {
  const today = days[days.length - 1]!.date;
  const series = ALL_SERIES.filter((s) => s.key !== 'stopped' || days.some((d) => d.stopped > 0));
  const max = axisMax(days, series, goal);
  const roving = useRoving(days.length, days.length - 1, (key, i) =>
    key === 'ArrowLeft' || key === 'ArrowUp' ? i - 1 : key === 'ArrowRight' || key === 'ArrowDown' ? i + 1 : null,
  );
  const [showTable, setShowTable] = useState(false);
  const selected = days[roving.active]!;
  const goalPct = (goal / max) * 100;
  const total = (d: DayStats) => series.reduce((n, s) => n + d[s.key], 0);

  return (
    <section class="card fortnight" aria-labelledby="fortnight-title">
      <div class="card-head">
        <h2 id="fortnight-title">Last 14 days</h2>
        <button
          type="button"
          class="btn btn-secondary btn-small"
          aria-expanded={showTable}
          aria-controls="fortnight-table"
          onClick={() => setShowTable(!showTable)}
        >
          {showTable ? 'Hide numbers' : 'Show numbers'}
        </button>
      </div>

      <ul class="legend" aria-label="Legend">
        {series.map((s) => (
          <li key={s.key}>
            <span class={`swatch s-${s.key}`} aria-hidden="true" />
            {s.label}
          </li>
        ))}
        <li>
          <span class="swatch swatch-goal" aria-hidden="true" />
          Goal ({goal})
        </li>
        <li>
          <span class="swatch s-snoozes snooze-swatch" aria-hidden="true" />
          Snoozes (under the bars; not breaks)
        </li>
      </ul>

      <div class="bars-frame">
        <div class="bars-axis" aria-hidden="true">
          <span style={{ bottom: '100%' }}>{max}</span>
          <span style={{ bottom: '0%' }}>0</span>
        </div>
        <div
          class="bars"
          role="group"
          aria-label="Breaks per day, oldest first. Use the arrow keys to move between days."
          ref={(el) => void (roving.containerRef.current = el)}
          onKeyDown={roving.onKeyDown}
        >
          <div class="goal-line" style={{ '--goal': goalPct.toFixed(2) }} aria-hidden="true" />
          {days.map((d, i) => {
            const p = parseDay(d.date);
            const isToday = d.date === today;
            return (
              <button
                type="button"
                key={d.date}
                class={`bar ${i === roving.active ? 'bar-selected' : ''} ${isToday ? 'bar-today' : ''}`}
                data-index={i}
                data-date={d.date}
                tabIndex={roving.tabIndex(i)}
                onClick={() => roving.select(i)}
                onFocus={() => roving.select(i)}
                onMouseEnter={() => roving.select(i)}
              >
                <span class="visually-hidden">{describe(d, series, today)}</span>
                <span class="bar-stack" aria-hidden="true">
                  {series.map((s) =>
                    d[s.key] > 0 ? (
                      <span key={s.key} class={`seg s-${s.key}`} data-series={s.key} data-count={d[s.key]} style={{ height: `${(d[s.key] / max) * 100}%` }} />
                    ) : null,
                  )}
                </span>
                <span class="snooze-row" aria-hidden="true">
                  {d.snoozes > 0 ? (
                    <span class="snooze-mark s-snoozes" data-series="snoozes" data-count={d.snoozes} title={snoozeWords(d.snoozes)}>
                      {d.snoozes}
                    </span>
                  ) : null}
                </span>
                <span class="bar-label" aria-hidden="true">
                  <span class="bar-wd">{isToday ? 'Today' : weekdayShort(p.weekday).slice(0, 2)}</span>
                  <span class="bar-d">{p.d}</span>
                </span>
              </button>
            );
          })}
        </div>
      </div>

      <p class="bar-detail small" data-stat="bar-detail">
        <strong>
          {longDay(selected.date)}
          {selected.date === today ? ' · today' : ''}
        </strong>
        {': '}
        {total(selected) === 0 && selected.snoozes === 0
          ? 'nothing logged'
          : [
              ...series.filter((s) => selected[s.key] > 0).map((s) => `${selected[s.key]} ${s.word}`),
              ...(selected.snoozes > 0 ? [snoozeWords(selected.snoozes)] : []),
            ].join(' · ')}
        <span class="muted">
          {' — '}
          {selected.done} of {goal} done{selected.goalMet ? ', goal met' : ''}
        </span>
      </p>

      <div id="fortnight-table" class={showTable ? 'table-wrap' : 'visually-hidden'}>
        <table class="numbers">
          <caption>
            Breaks in the last 14 days by how they ended ({plural(goal, 'break')} a day is the goal), and snoozes — a snoozed break
            comes back and is counted once, by how it ended
          </caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
              <th scope="col">Breaks</th>
              <th scope="col">Goal met</th>
              <th scope="col" class="col-apart">
                Snoozes
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} data-date={d.date}>
                <th scope="row">
                  {longDay(d.date)}
                  {d.date === today ? ' (today)' : ''}
                </th>
                {series.map((s) => (
                  <td key={s.key} data-series={s.key}>
                    {d[s.key]}
                  </td>
                ))}
                <td data-stat="breaks">{total(d)}</td>
                <td>{d.goalMet ? 'yes' : 'no'}</td>
                <td class="col-apart" data-series="snoozes">
                  {d.snoozes}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
