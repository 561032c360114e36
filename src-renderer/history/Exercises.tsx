// The exercises done most, and those skipped most — moved past with Next during a routine; a
// skipped break is not held against its exercises (and, when any, stopped because they hurt).
// Names come from the catalog through the bridge (the page does not bundle it); an id the
// catalog no longer knows is shown readable.
import type { JSX } from 'preact';
import type { ExerciseCount } from '../../src-main/core/history';
import { t } from '../shared/i18n';
import { humanizeId, list, num } from './format';
import { tRich } from './rich';

export type NameOf = (id: string) => string;

export const fallbackName: NameOf = humanizeId;

function RankList({ items, label, kind, nameOf }: { items: ExerciseCount[]; label: string; kind: string; nameOf: NameOf }): JSX.Element {
  const top = items[0]?.count ?? 1;
  return (
    <ol class={`rank rank-${kind}`} aria-label={label}>
      {items.map((x) => (
        <li key={x.id} data-exercise={x.id} data-count={x.count}>
          <span class="rank-name">{nameOf(x.id)}</span>
          <span class="rank-count">
            <span class="visually-hidden">: </span>
            <span aria-hidden="true">{num(x.count)}</span>
            <span class="visually-hidden">{t('history.exercises.times', { count: x.count })}</span>
          </span>
          <span class="rank-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(4, (x.count / top) * 100)}%` }} />
          </span>
        </li>
      ))}
    </ol>
  );
}

export function ExercisesCard({
  done,
  skipped,
  stopped,
  nameOf,
}: {
  done: ExerciseCount[];
  skipped: ExerciseCount[];
  stopped: ExerciseCount[];
  nameOf: NameOf;
}): JSX.Element {
  return (
    <section class="card exercises" aria-labelledby="exercises-title">
      <div class="card-head">
        <h2 id="exercises-title">{t('history.exercises.title')}</h2>
        <p class="muted small">{t('history.exercises.allTime')}</p>
      </div>
      <div class="exercise-cols">
        <div>
          <h3 id="most-done">{t('history.exercises.doneMost')}</h3>
          {done.length ? (
            <RankList items={done.slice(0, 5)} label={t('history.exercises.doneMostLabel')} kind="done" nameOf={nameOf} />
          ) : (
            <p class="muted small">{t('history.exercises.noneYet')}</p>
          )}
        </div>
        <div>
          <h3 id="most-skipped">{t('history.exercises.skippedMost')}</h3>
          <p class="muted small" data-stat="skipped-meaning">
            {t('history.exercises.skippedMeaning')} {t('history.exercises.skippedInChart')}
          </p>
          {skipped.length ? (
            <RankList items={skipped.slice(0, 3)} label={t('history.exercises.skippedMostLabel')} kind="skipped" nameOf={nameOf} />
          ) : (
            <p class="muted small">{t('history.exercises.nothingSkipped')}</p>
          )}
        </div>
      </div>
      {stopped.length > 0 && (
        <p class="stopped-note small muted" data-stat="stopped">
          {tRich(
            'history.exercises.stopped',
            {},
            {
              list: (
                <span class="stopped-names">
                  {list(stopped.slice(0, 3).map((x) => t('history.exercises.stoppedItem', { name: nameOf(x.id), count: x.count })))}
                </span>
              ),
            },
          )}{' '}
          {t('history.exercises.leaveOut')}
        </p>
      )}
    </section>
  );
}
