// The last 12 weeks as a calendar heat map: weeks as columns, the days of the week as rows in the
// order the locale's week runs (Monday first in most of Europe, Sunday first in the US — from
// Intl), each day shaded by how much of the goal was done (the core's levels 0–4). A table with
// the ARIA grid pattern: one tab stop, arrow keys move by day (↑/↓) and by week (←/→), each cell
// names its date and count, and the focused or hovered day is spelled out under the map.
// Right to left, the table's columns run right to left (the oldest week at the right), and ←/→
// follow what is seen.
import type { JSX } from 'preact';
import type { CalendarDay } from '../../src-main/core/history';
import { t } from '../shared/i18n';
import { addDays, dayMonth, longDay, monthShort, parseDay, weekdayLabel, weekdayName, weekStart } from './format';
import { useRoving } from './roving';

const LEVELS = ['none', 'under', 'half', 'met', 'over'] as const;

function describe(day: CalendarDay, goal: number, today: string): string {
  const when = day.date === today ? t('history.day.today', { day: longDay(day.date) }) : longDay(day.date);
  if (day.done === 0) return t('history.heatmap.dayNone', { day: when });
  return t('history.heatmap.dayDone', { day: when, done: day.done, goal, goalMet: day.goalMet ? 'yes' : 'no' });
}

export function Heatmap({ calendar, goal }: { calendar: CalendarDay[]; goal: number }): JSX.Element {
  const today = calendar[calendar.length - 1]!.date;
  const first = weekStart();
  /** the row of a weekday (0 = Sunday) in the locale's week */
  const rowOf = (weekday: number): number => (weekday - first + 7) % 7;
  /** the weekday of a row */
  const weekdayOf = (row: number): number => (first + row) % 7;
  const lead = rowOf(calendar[0]!.weekday);
  const cols = Math.ceil((lead + calendar.length) / 7);
  // grid[row][col] → index into calendar, or -1 outside the 12 weeks
  const at = (row: number, col: number): number => {
    const i = col * 7 + row - lead;
    return i >= 0 && i < calendar.length ? i : -1;
  };
  const roving = useRoving(calendar.length, calendar.length - 1, (key, i, rtl) => {
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    switch (key) {
      case 'ArrowUp':
        return i - 1;
      case 'ArrowDown':
        return i + 1;
      case earlier:
        return i - 7 >= 0 ? i - 7 : null;
      case later:
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
  const weekStartDate = (col: number): string => addDays(calendar[0]!.date, col * 7 - lead);

  const goalDays = calendar.filter((d) => d.goalMet).length;
  const activeDays = calendar.filter((d) => d.done > 0).length;

  return (
    <section class="card heatmap" aria-labelledby="heatmap-title">
      <div class="card-head">
        <h2 id="heatmap-title">{t('history.heatmap.title')}</h2>
        <p class="muted small" data-stat="heatmap-summary">
          {t('history.heatmap.summary', { goalDays, activeDays })}
        </p>
      </div>
      <div class="heat-wrap">
        <table
          class="heat"
          role="grid"
          aria-labelledby="heatmap-title"
          aria-describedby="heatmap-help"
          data-week-start={first}
          ref={(el) => void (roving.containerRef.current = el)}
          onKeyDown={roving.onKeyDown}
        >
          <thead>
            <tr>
              <td class="heat-corner" />
              {colLabels.map((label, col) => (
                <th scope="col" key={col} class="heat-month">
                  <span aria-hidden="true">{label}</span>
                  <span class="visually-hidden">{t('history.heatmap.weekOf', { date: dayMonth(weekStartDate(col)) })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: 7 }, (_, row) => (
              <tr key={row} data-weekday={weekdayOf(row)}>
                <th scope="row" class="heat-wd">
                  <span aria-hidden="true">{row % 2 === 0 ? weekdayLabel(weekdayOf(row)) : ''}</span>
                  <span class="visually-hidden">{weekdayName(weekdayOf(row))}</span>
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
          <span>{t('history.heatmap.less')}</span>
          {LEVELS.map((level, l) => (
            <span key={l} class={`heat-cell heat-key l${l}`} title={t('history.heatmap.level', { level })} />
          ))}
          <span>{t('history.heatmap.more')}</span>
        </div>
      </div>
      <p id="heatmap-help" class="visually-hidden">
        {t('history.heatmap.help', { goal })} {t('history.heatmap.keys')}
      </p>
    </section>
  );
}
