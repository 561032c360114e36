// A message with elements inside it: the whole sentence is one message (so a translator can
// reorder it), and the parts that are styled — a bold day, a path in <code> — are placeholders
// filled with elements here. `**…**` in a message is bold ("**Today**: breaks done …").
import type { ComponentChildren, JSX } from 'preact';
import type { MessageId, MessageValues } from '../../src-main/core/i18n/translate';
import { t } from '../shared/i18n';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** The text of `id` with `slots` put in where their placeholders are. */
export function tRich(id: MessageId, values: MessageValues, slots: Record<string, ComponentChildren> = {}): ComponentChildren[] {
  const marked: MessageValues = { ...values };
  for (const name of Object.keys(slots)) marked[name] = `${OPEN}${name}${CLOSE}`;
  const out: ComponentChildren[] = [];
  const pattern = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');
  const text = t(id, marked);
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) out.push(...bold(text.slice(at, m.index)));
    out.push(slots[m[1]!]);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(...bold(text.slice(at)));
  return out;
}

/** "**Today**: breaks …" → [<strong>Today</strong>, ": breaks …"] */
function bold(text: string): (string | JSX.Element)[] {
  return text.split('**').map((part, i) => (i % 2 ? <strong key={i}>{part}</strong> : part)).filter((p) => p !== '');
}
