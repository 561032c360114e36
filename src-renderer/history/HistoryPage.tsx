// The history window (SPEC §6): today against the goal, the streak, the last 14 days, 12 weeks
// as a calendar, the exercises done and skipped most, export, and whatever went wrong reading or
// writing the log — all from `getHistory()` (the core's HistoryStats), refreshed whenever
// something is logged.
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { bridge, type HistoryView } from '../shared/bridge';
import { Icon, PageError } from '../shared/components';
import { useBridgeValue, usePageVisible, useTitle } from '../shared/hooks';
import { EmptyState } from './Empty';
import { ExercisesCard, fallbackName, type NameOf } from './Exercises';
import { ExportPanel } from './Export';
import { FortnightChart } from './Fortnight';
import { t } from '../shared/i18n';
import { dayMonth, totalText } from './format';
import type { HistoryNote } from '../../src-main/core/history/notes';
import { Heatmap } from './Heatmap';
import { StreakCard, TodayCard } from './Today';

/**
 * A note about the log in the page's language: the main process sends it as a message id and
 * values (src-main/core/history/notes.ts), so it reads in the language chosen now, not in the one
 * the summary file was written in. A note this page has no message for (a newer app) is skipped.
 */
function noteText(note: HistoryNote): string | null {
  try {
    return t(note.id, note.values);
  } catch {
    return null;
  }
}

function LogNotes({ notes }: { notes: HistoryNote[] }): JSX.Element | null {
  if (!notes.length) return null;
  return (
    <details class="log-notes small" data-stat="notes">
      <summary>
        {t('history.notes.summary', { count: notes.length })}
      </summary>
      <p class="muted">{t('history.notes.about')}</p>
      <ul>
        {notes.map((n, i) => {
          const text = noteText(n);
          return text === null ? null : <li key={i}>{text}</li>;
        })}
      </ul>
    </details>
  );
}

function WriteProblem({ message }: { message: string }): JSX.Element {
  return (
    <div class="write-problem small" data-stat="write-problem">
      <Icon name="alert" />
      <p>
        <strong>{t('history.page.writeProblem')}</strong> {message}
      </p>
    </div>
  );
}

function Totals({ view }: { view: HistoryView }): JSX.Element | null {
  const totals = view.stats.totals;
  if (!totals.firstDate) return null;
  return (
    <p class="totals muted small" data-stat="totals">
      {t('history.page.totals', {
        since: dayMonth(totals.firstDate),
        done: totals.done,
        stretched: totalText(totals.secondsStretched),
        goalDays: totals.goalDays,
      })}
    </p>
  );
}

/**
 * Keeps "today" right while the window stays open: reloads just after local midnight, and when
 * the window is shown again after being hidden or minimised (the log may have grown meanwhile
 * without this page being told, e.g. while the app was suspended).
 */
function useFreshDay(reload: () => void, today: string | undefined): void {
  const visible = usePageVisible();
  const wasVisible = useRef(visible);
  useEffect(() => {
    if (visible && !wasVisible.current) reload();
    wasVisible.current = visible;
  }, [visible]);
  useEffect(() => {
    if (!today) return undefined;
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
    const id = setTimeout(reload, Math.max(1000, next.getTime() - now.getTime()));
    return () => clearTimeout(id);
  }, [today]);
}

export function HistoryPage(): JSX.Element {
  useTitle(t('history.page.title'));
  const history = useBridgeValue(() => bridge().getHistory(), 'history');
  const catalog = useBridgeValue(() => bridge().getCatalog());
  useFreshDay(history.reload, history.value?.stats.today.date);
  const nameOf: NameOf = useMemo(() => {
    const names = new Map((catalog.value ?? []).map((x) => [x.id, x.name]));
    return (id: string) => names.get(id) ?? fallbackName(id);
  }, [catalog.value]);

  if (history.error && !history.value) return <PageError message={t('history.page.loadFailed', { error: history.error })} />;
  const view = history.value;
  if (!view) {
    return (
      <main class="history" aria-busy="true">
        <p class="muted">{t('history.page.loading')}</p>
      </main>
    );
  }
  const { stats } = view;
  const empty = stats.totals.activeDays === 0;

  return (
    <main class={`history ${empty ? 'history-empty' : 'history-full'}`} data-ready="">
      <header class="history-head">
        <h1>{t('history.page.heading')}</h1>
        <p class="muted small">{t('history.page.about')}</p>
      </header>

      {view.writeProblem && <WriteProblem message={view.writeProblem} />}

      {empty ? (
        <EmptyState goal={stats.dailyGoal} />
      ) : (
        <>
          <div class="row row-top">
            <TodayCard today={stats.today} held={stats.held} />
            <StreakCard stats={stats} />
          </div>
          <FortnightChart days={stats.lastDays} goal={stats.dailyGoal} />
          <div class="row row-bottom">
            <Heatmap calendar={stats.calendar} goal={stats.dailyGoal} />
            <ExercisesCard done={stats.exercises.done} skipped={stats.exercises.skipped} stopped={stats.exercises.stopped} nameOf={nameOf} />
          </div>
        </>
      )}

      <footer class="history-foot">
        <Totals view={view} />
        {!empty && <ExportPanel />}
        <LogNotes notes={view.notes} />
      </footer>
    </main>
  );
}
