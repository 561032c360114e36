// The exercises done most, and those skipped most — moved past with Next during a routine; a
// skipped break is not held against its exercises (and, when any, stopped because they hurt).
// Names come from the catalog through the bridge (the page does not bundle it); an id the
// catalog no longer knows is shown readable.
import type { JSX } from 'preact';
import type { ExerciseCount } from '../../src-main/core/history';
import { humanizeId, plural } from './format';

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
            {x.count}
            <span class="visually-hidden"> {x.count === 1 ? 'time' : 'times'}</span>
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
        <h2 id="exercises-title">Exercises</h2>
        <p class="muted small">all time</p>
      </div>
      <div class="exercise-cols">
        <div>
          <h3 id="most-done">Done most</h3>
          {done.length ? (
            <RankList items={done.slice(0, 5)} label="Exercises done most" kind="done" nameOf={nameOf} />
          ) : (
            <p class="muted small">None yet.</p>
          )}
        </div>
        <div>
          <h3 id="most-skipped">Skipped most</h3>
          <p class="muted small" data-stat="skipped-meaning">
            Moved past with Next during a routine. Skipped breaks are in the chart.
          </p>
          {skipped.length ? (
            <RankList items={skipped.slice(0, 3)} label="Exercises skipped most" kind="skipped" nameOf={nameOf} />
          ) : (
            <p class="muted small">Nothing skipped.</p>
          )}
        </div>
      </div>
      {stopped.length > 0 && (
        <p class="stopped-note small" data-stat="stopped">
          <span class="muted">Stopped because it hurt: </span>
          {stopped
            .slice(0, 3)
            .map((x) => `${nameOf(x.id)} (${plural(x.count, 'time')})`)
            .join(', ')}
          <span class="muted">. You can leave an exercise out in Settings.</span>
        </p>
      )}
    </section>
  );
}
