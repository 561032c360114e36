// The quiet prompt of a break that waits for a pause in your typing (SPEC §3.5): the break
// window, shown small in a corner, without focus and without sound. The whole card is one
// button: a click starts the break at once. Otherwise the break appears by itself at the first
// pause, or at `latestAt`.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { StatusView } from '../shared/bridge';
import { Icon } from '../shared/components';
import { t } from '../shared/i18n';
import { clockAt, troubleText, type Trouble } from './words';

export type PromptInfo = NonNullable<StatusView['status']['prompt']>;

export function Prompt({ prompt, onStart }: { prompt: PromptInfo; onStart: () => Promise<Trouble | null> }): JSX.Element {
  const [error, setError] = useState<Trouble | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      setError(await onStart());
    } catch {
      setError({ code: 'bridge' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="prompt" aria-labelledby="prompt-title">
      <button type="button" class="prompt-card" aria-describedby="prompt-detail" onClick={() => void start()}>
        <Icon name="leaf" />
        <span class="prompt-text">
          <span id="prompt-title" class="prompt-title">
            {t('break.prompt.title')}
          </span>
          <span id="prompt-detail" class="prompt-detail">
            {t('break.prompt.detail', { time: clockAt(prompt.latestAt) })}
          </span>
        </span>
        <span class="prompt-go" aria-hidden="true">
          {t('break.prompt.go')}
        </span>
      </button>
      {error && (
        <p class="prompt-error" role="alert">
          {troubleText(error)}
        </p>
      )}
    </main>
  );
}
