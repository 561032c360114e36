// Export buttons: the main process asks where to save (CSV, or the raw log) and answers with the
// path, "cancelled" or a reason. The answer stays on screen in a status region.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { bridge, rejectionText } from '../shared/bridge';
import { Icon } from '../shared/components';
import { t } from '../shared/i18n';
import { tRich } from './rich';

type ExportState =
  | { phase: 'idle' }
  | { phase: 'busy'; kind: 'csv' | 'raw' }
  | { phase: 'done'; kind: 'csv' | 'raw'; path: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; reason: string };

export function ExportPanel(): JSX.Element {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const run = async (kind: 'csv' | 'raw'): Promise<void> => {
    setState({ phase: 'busy', kind });
    try {
      const r = await bridge().exportHistory(kind);
      if (r.ok) setState({ phase: 'done', kind, path: r.path });
      else if ('cancelled' in r) setState({ phase: 'cancelled' });
      else setState({ phase: 'failed', reason: r.reason });
    } catch (e) {
      setState({ phase: 'failed', reason: rejectionText(e) });
    }
  };
  const busy = state.phase === 'busy';
  return (
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title" class="export-title">
        {t('history.export.title')}
      </h2>
      <p class="muted small">{t('history.export.about')}</p>
      <div class="export-buttons">
        <button type="button" class="btn btn-secondary" id="export-csv" disabled={busy} onClick={() => void run('csv')}>
          {t('history.export.csv')}
        </button>
        <button type="button" class="btn btn-secondary" id="export-raw" disabled={busy} onClick={() => void run('raw')}>
          {t('history.export.raw')}
        </button>
      </div>
      <div class="export-result small" role="status" data-stat="export-result">
        {state.phase === 'busy' && <span class="muted">{t('history.export.busy', { kind: state.kind })}</span>}
        {state.phase === 'done' && (
          <span class="export-ok">
            <Icon name="check" />
            <span>
              {tRich('history.export.saved', { kind: state.kind }, { path: <code class="path">{state.path}</code> })}
            </span>
          </span>
        )}
        {state.phase === 'cancelled' && <span class="muted">
            {t('history.export.cancelled')} {t('history.export.nothingSaved')}
          </span>}
        {state.phase === 'failed' && (
          <span class="export-failed">
            <Icon name="alert" />
            <span>{t('history.export.failed', { reason: state.reason })}</span>
          </span>
        )}
      </div>
    </section>
  );
}
