// What a new user sees: nothing logged yet, what will appear here, and that it stays local.
import type { JSX } from 'preact';
import { t } from '../shared/i18n';
import { tRich } from './rich';

/** A quiet sketch of what the page will look like (a ring and some bars), drawn as outlines. */
function Sketch(): JSX.Element {
  const bars = [3, 5, 4, 6, 2, 5, 6];
  return (
    <svg class="empty-sketch" viewBox="0 0 200 90" aria-hidden="true" focusable="false">
      <circle cx="40" cy="45" r="30" class="sk-track" />
      <path d="M40 15a30 30 0 0 1 28.5 20.7" class="sk-arc" />
      {bars.map((h, i) => (
        <rect key={i} x={92 + i * 15} y={80 - h * 10} width="9" height={h * 10} rx="2" class={h >= 6 ? 'sk-bar sk-bar-on' : 'sk-bar'} />
      ))}
      <line x1="88" y1="20" x2="196" y2="20" class="sk-goal" />
    </svg>
  );
}

export function EmptyState({ goal }: { goal: number }): JSX.Element {
  return (
    <section class="card empty" aria-labelledby="empty-title" data-stat="empty">
      <Sketch />
      <div class="empty-text">
        <h2 id="empty-title">{t('history.empty.title')}</h2>
        <p>{t('history.empty.intro')}</p>
        <ul class="empty-list">
          <li>{tRich('history.empty.today', { goal })}</li>
          <li>{tRich('history.empty.charts', {})}</li>
          <li>{tRich('history.empty.streak', {})}</li>
          <li>{tRich('history.empty.exercises', {})}</li>
        </ul>
        <p class="muted small">
          {t('history.empty.startNow')} {t('history.empty.local')}
        </p>
      </div>
    </section>
  );
}
