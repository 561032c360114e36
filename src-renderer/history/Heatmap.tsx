// The last 12 weeks as a calendar heat map: weeks as columns, Monday–Sunday as rows, each day
// shaded by how much of the goal was done (the core's levels 0–4). A table with the ARIA grid
// pattern: one tab stop, arrow keys move by day (↑/↓) and by week (←/→), each cell names its
// date and count, and the focused or hovered day is spelled out under the map.
import type { JSX } from 'preact';
import type { CalendarDay } from '../../src-main/core/history';
import { addDays, dayMonth, longDay, monthShort, parseDay, plural, weekdayName, weekdayShort } from './format';
import { useRoving } from './roving';

const LEVEL_WORDS = ['nothing done', 'under half the goal', 'at least half the goal', 'goal met', 'well over the goal'] as const;

function describe(day: CalendarDay, goal: number, today: string): string {
  const when = `${longDay(day.date)}${day.date === today ? ' (today)' : ''}`;
  if (day.done === 0) return `${when}: no breaks done`;
  return `${when}: ${day.done} of ${goal} breaks done${day.goalMet ? ', goal met' : ''}`;
}

/** Monday-first row of a weekday (0 = Sunday). */
const rowOf = (weekday: number): number => (weekday + 6) % 7;

export function Heatmap({ calendar, goal }: { calendar: CalendarDay[]; goal: number }): JSX.Element {
  const today = calendar[calendar.length - 1]!.date;
  const lead = rowOf(calendar[0]!.weekday);
  const cols = Math.ceil((lead + calendar.length) / 7);
  // grid[row][col] → index into calendar, or -1 outside the 12 weeks
  const at = (row: number, col: number): number => {
    const i = col * 7 + row - lead;
    return i >= 0 && i < calendar.length ? i : -1;
  };
  const roving = useRoving(calendar.length, calendar.length - 1, (key, i) => {
    switch (key) {
      case 'ArrowUp':
        return i - 1;
      case 'ArrowDown':
        return i + 1;
      case 'ArrowLeft':
        return i - 7 >= 0 ? i - 7 : null;
      case 'ArrowRight':
        return i + 7 < calendar.length ? i + 7 : null;
      default:
        return null;
    }
  });
  const selected = calendar[roving.active]!;

  // A month name over the first column of each month (and over the first column unless the
  // second already starts a month, so two names never touch).
  const monthOfCol = (col: number): number => {
    for (let row = 6; row >= 0; row--) {
      const i = at(row, col);
      if (i >= 0) return parseDay(calendar[i]!.date).m;
    }
    return 0;
  };
  const colLabels = Array.from({ length: cols }, (_, col) => {
    const m = monthOfCol(col);
    if (col > 0 && m !== monthOfCol(col - 1)) return monthShort(m);
    if (col === 0 && cols > 1 && monthOfCol(1) === m) return monthShort(parseDay(calendar[0]!.date).m);
    return '';
  });
  const weekStart = (col: number): string => addDays(calendar[0]!.date, col * 7 - lead);

  const goalDays = calendar.filter((d) => d.goalMet).length;
  const activeDays = calendar.filter((d) => d.done > 0).length;

  return (
    <section class="card heatmap" aria-labelledby="heatmap-title">
      <div class="card-head">
        <h2 id="heatmap-title">12 weeks</h2>
        <p class="muted small" data-stat="heatmap-summary">
          Goal met on {plural(goalDays, 'day')}; breaks on {plural(activeDays, 'day')}
        </p>
      </div>
      <div class="heat-wrap">
        <table
          class="heat"
          role="grid"
          aria-labelledby="heatmap-title"
          aria-describedby="heatmap-help"
          ref={(el) => void (roving.containerRef.current = el)}
          onKeyDown={roving.onKeyDown}
        >
          <thead>
            <tr>
              <td class="heat-corner" />
              {colLabels.map((label, col) => (
                <th scope="col" key={col} class="heat-month">
                  <span aria-hidden="true">{label}</span>
                  <span class="visually-hidden">Week of {dayMonth(weekStart(col))}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: 7 }, (_, row) => (
              <tr key={row}>
                <th scope="row" class="heat-wd">
                  <span aria-hidden="true">{row % 2 === 0 ? weekdayShort((row + 1) % 7) : ''}</span>
                  <span class="visually-hidden">{weekdayName((row + 1) % 7)}</span>
                </th>
                {Array.from({ length: cols }, (_, col) => {
                  const i = at(row, col);
                  if (i < 0) return <td key={col} class="heat-out" />;
                  const day = calendar[i]!;
                  const text = describe(day, goal, today);
                  return (
                    <td
                      key={col}
                      role="gridcell"
                      class={`heat-day l${day.level} ${day.date === today ? 'heat-today' : ''} ${i === roving.active ? 'heat-selected' : ''}`}
                      data-index={i}
                      data-date={day.date}
                      data-done={day.done}
                      data-level={day.level}
                      tabIndex={roving.tabIndex(i)}
                      title={text}
                      onClick={() => roving.select(i)}
                      onFocus={() => roving.select(i)}
                      onMouseEnter={() => roving.select(i)}
                    >
                      <span class="heat-cell" aria-hidden="true" />
                      <span class="visually-hidden">{text}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="heat-foot">
        <p class="heat-detail small" data-stat="heat-detail">
          {describe(selected, goal, today)}
        </p>
        <div class="heat-scale small muted" aria-hidden="true">
          <span>Less</span>
          {[0, 1, 2, 3, 4].map((l) => (
            <span key={l} class={`heat-cell heat-key l${l}`} title={LEVEL_WORDS[l]} />
          ))}
          <span>More</span>
        </div>
      </div>
      <p id="heatmap-help" class="visually-hidden">
        Each cell is one day, shaded by breaks done against the goal of {goal}. Arrow keys move by day and by week.
      </p>
    </section>
  );
}
