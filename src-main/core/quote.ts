// Short, safe quotes of text a user (or a damaged file) supplied, for messages: cut to a few dozen
// characters without splitting a surrogate pair, control characters escaped as in JSON. (Values
// of any shape are described by describe-value.ts.)

/** Text appended where a description was cut short. */
export const ELLIPSIS = '…';

/** Cuts `text` to at most `max` characters (ending in "…" when cut), never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ELLIPSIS.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // would leave half of a pair
  return text.slice(0, end) + ELLIPSIS;
}

/** A user-supplied word (an argument, a key) quoted for a message, at most `max` characters inside the quotes. */
export function quote(text: string, max = 40): string {
  const inner = JSON.stringify(clip(text, max)).slice(1, -1); // control characters escaped
  return `"${clip(inner, max)}"`;
}
