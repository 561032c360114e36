// The last 14 days as stacked bars of how the breaks ended: completed, partial, stopped (only
// when there were any), skipped — with the daily goal as a line. A bar is as tall as the day's
// breaks: snoozes are not breaks (a snoozed break comes back and ends in one of those outcomes),
// so they are shown apart, as a count in a row of their own under the bars, never stacked on
// them (a day of 9 breaks and 5 snoozes is a bar of 9). CSS, no chart library. One tab stop;
// ←/→ move between days and the day's numbers show under the chart. The same numbers are in a
// table (visually hidden until "Show numbers"), the chart's text alternative.
//
// Each bar is labelled with its weekday and day; today's in bold (a word such as "Today" does not
// fit a 14th of the window in every language), and its accessible name says "today".
// Right to left (Arabic, Hebrew), time runs right to left too: the days are a grid, so the oldest
// day is at the right and today at the left, and ←/→ follow what is seen (← is the next day).
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { DayStats } from '../../src-main/core/history';
import { t } from '../shared/i18n';
import { dayOfMonth, list, longDay, num, parseDay, weekdayLabel, weekdayName } from './format';
import { tRich } from './rich';
import { useRoving } from './roving';

type SeriesKey = 'completed' | 'partial' | 'stopped' | 'skipped';

const ALL_SERIES: readonly SeriesKey[] = ['completed', 'partial', 'stopped', 'skipped'];

const snoozeWords = (count: number): string => t('history.fortnight.snoozes', { count });

/** "Tuesday 3 March", or "Tuesday 3 March (today)". */
const dayName = (date: string, today: string): string => (date === today ? t('history.day.today', { day: longDay(date) }) : longDay(date));

function describe(day: DayStats, series: readonly SeriesKey[], today: string): string {
  const counts = list(series.map((s) => t('history.fortnight.count', { series: s, count: day[s] })));
  return t('history.fortnight.barName', { day: dayName(day.date, today), counts, snoozes: snoozeWords(day.snoozes) });
}

/** A round axis top: at least the goal, with a little head room. */
function axisMax(days: readonly DayStats[], series: readonly SeriesKey[], goal: number): number {
  const top = Math.max(goal, ...days.map((d) => series.reduce((n, s) => n + d[s], 0)));
  return top <= 5 ? top : Math.ceil(top / 2) * 2;
}

export function FortnightChart({ days, goal }: { days: DayStats[]; goal: number }): JSX.Element {
  const today = days[days.length - 1]!.date;
  const series = ALL_SERIES.filter((s) => s !== 'stopped' || days.some((d) => d.stopped > 0));
  const max = axisMax(days, series, goal);
  const roving = useRoving(days.length, days.length - 1, (key, i, rtl) => {
    // the arrow that points to the later days, as the chart is drawn
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    return key === earlier || key === 'ArrowUp' ? i - 1 : key === later || key === 'ArrowDown' ? i + 1 : null;
  });
  const [showTable, setShowTable] = useState(false);
  const selected = days[roving.active]!;
  const goalPct = (goal / max) * 100;
  const total = (d: DayStats) => series.reduce((n, s) => n + d[s], 0);
  const logged =
    total(selected) === 0 && selected.snoozes === 0
      ? t('history.fortnight.nothingLogged')
      : [
          ...series.filter((s) => selected[s] > 0).map((s) => t('history.fortnight.count', { series: s, count: selected[s] })),
          ...(selected.snoozes > 0 ? [snoozeWords(selected.snoozes)] : []),
        ].join(' · ');

  return (
    <section class="card fortnight" aria-labelledby="fortnight-title">
      <div class="card-head">
        <h2 id="fortnight-title">{t('history.fortnight.title')}</h2>
        <button
          type="button"
          class="btn btn-secondary btn-small"
          aria-expanded={showTable}
          aria-controls="fortnight-table"
          onClick={() => setShowTable(!showTable)}
        >
          {showTable ? t('history.fortnight.hideNumbers') : t('history.fortnight.showNumbers')}
        </button>
      </div>

      <ul class="legend" aria-label={t('history.fortnight.legend')}>
        {series.map((s) => (
          <li key={s}>
            <span class={`swatch s-${s}`} aria-hidden="true" />
            {t('history.fortnight.series', { series: s })}
          </li>
        ))}
        <li>
          <span class="swatch swatch-goal" aria-hidden="true" />
          {t('history.fortnight.goal', { goal })}
        </li>
        <li>
          <span class="swatch s-snoozes snooze-swatch" aria-hidden="true" />
          {t('history.fortnight.snoozesKey')}
        </li>
      </ul>

      <div class="bars-frame">
        <div class="bars-axis" aria-hidden="true">
          <span style={{ bottom: '100%' }}>{num(max)}</span>
          <span style={{ bottom: '0%' }}>{num(0)}</span>
        </div>
        <div
          class="bars"
          role="group"
          aria-label={`${t('history.fortnight.barsLabel')} ${t('history.fortnight.barsKeys')}`}
          ref={(el) => void (roving.containerRef.current = el)}
          onKeyDown={roving.onKeyDown}
        >
          <div class="goal-line" style={{ '--goal': goalPct.toFixed(2) }} aria-hidden="true" />
          {days.map((d, i) => {
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
                    d[s] > 0 ? <span key={s} class={`seg s-${s}`} data-series={s} data-count={d[s]} style={{ height: `${(d[s] / max) * 100}%` }} /> : null,
                  )}
                </span>
                <span class="snooze-row" aria-hidden="true">
                  {d.snoozes > 0 ? (
                    <span class="snooze-mark s-snoozes" data-series="snoozes" data-count={d.snoozes} title={snoozeWords(d.snoozes)}>
                      {num(d.snoozes)}
                    </span>
                  ) : null}
                </span>
                <span class="bar-label" aria-hidden="true">
                  <span class="bar-wd">
                    <span class="wd-short">{weekdayLabel(parseDay(d.date).weekday)}</span>
                    <span class="wd-narrow">{weekdayName(parseDay(d.date).weekday, 'narrow')}</span>
                  </span>
                  <span class="bar-d">{dayOfMonth(d.date)}</span>
                </span>
              </button>
            );
          })}
        </div>
      </div>

      <p class="bar-detail small" data-stat="bar-detail">
        {tRich(
          'history.fortnight.detail',
          { logged },
          {
            day: <strong>{selected.date === today ? t('history.fortnight.detailDay', { day: longDay(selected.date) }) : longDay(selected.date)}</strong>,
            progress: (
              <span class="muted">
                {t('history.fortnight.progress', { goalMet: selected.goalMet ? 'yes' : 'no', done: selected.done, goal })}
              </span>
            ),
          },
        )}
      </p>

      <div id="fortnight-table" class={showTable ? 'table-wrap' : 'visually-hidden'}>
        <table class="numbers">
          <caption>{t('history.fortnight.caption', { goal })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.fortnight.colDay')}</th>
              {series.map((s) => (
                <th scope="col" key={s}>
                  {t('history.fortnight.series', { series: s })}
                </th>
              ))}
              <th scope="col">{t('history.fortnight.colBreaks')}</th>
              <th scope="col">{t('history.fortnight.colGoalMet')}</th>
              <th scope="col" class="col-apart">
                {t('history.fortnight.colSnoozes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} data-date={d.date}>
                <th scope="row">{dayName(d.date, today)}</th>
                {series.map((s) => (
                  <td key={s} data-series={s}>
                    {num(d[s])}
                  </td>
                ))}
                <td data-stat="breaks">{num(total(d))}</td>
                <td>{t('history.fortnight.goalMet', { met: d.goalMet ? 'yes' : 'no' })}</td>
                <td class="col-apart" data-series="snoozes">
                  {num(d.snoozes)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
