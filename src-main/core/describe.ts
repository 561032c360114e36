// A short, safe description of any value for an error message ("got [[[[…"). Pure.
//
// Input comes from files and command lines a user (or a damaged disk) wrote, so this must never
// throw and never take long: it walks the value with its own stack (no recursion, so a value
// nested thousands of levels deep cannot overflow the call stack), looks at no more elements and
// characters than it can show, and cuts the result at `max` characters without splitting a
// surrogate pair. Control characters come out escaped, as in JSON.

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

class Literal {
  constructor(readonly text: string) {}
}

/**
 * JSON-like text for `value`, at most `max` characters; `undefined` is "nothing". Strings are
 * quoted; numbers JSON cannot show (NaN, Infinity) are shown as themselves; functions, symbols
 * and bigints by their kind.
 */
export function describeValue(value: unknown, max = 60): string {
  if (value === undefined) return 'nothing';
  const limit = Math.max(8, max);
  let out = '';
  // LIFO: what to write next is on top. Each container pushes at most `limit` children, and every
  // child writes at least one character, so the loop ends after O(limit²) steps whatever the input.
  const stack: unknown[] = [value];
  while (stack.length > 0 && out.length <= limit) {
    const item = stack.pop();
    if (item instanceof Literal) {
      out += item.text;
      continue;
    }
    out += scalar(item, limit) ?? open(item, stack, limit);
  }
  return clip(out, limit);
}

function scalar(v: unknown, limit: number): string | null {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v.length > limit ? v.slice(0, limit) : v) + (v.length > limit ? ELLIPSIS : '');
    case 'number':
      return Number.isFinite(v) ? JSON.stringify(v) : String(v);
    case 'boolean':
      return String(v);
    case 'bigint':
      return `${clip(String(v), limit)}n`;
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return v === null ? 'null' : null;
  }
}

/** Writes the opening bracket of an array or object and schedules its (first few) members. */
function open(v: unknown, stack: unknown[], limit: number): string {
  const parts: unknown[] = [];
  if (Array.isArray(v)) {
    const n = Math.min(v.length, limit);
    for (let i = 0; i < n; i++) {
      if (i > 0) parts.push(new Literal(','));
      parts.push(v[i]);
    }
    if (v.length > n) parts.push(new Literal(`,${ELLIPSIS}`));
    parts.push(new Literal(']'));
    for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
    return '[';
  }
  let count = 0;
  let more = false;
  const obj = v as Record<string, unknown>;
  for (const key in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    if (count === limit) {
      more = true;
      break;
    }
    if (count > 0) parts.push(new Literal(','));
    parts.push(new Literal(`${JSON.stringify(clip(key, limit))}:`));
    let member: unknown;
    try {
      member = obj[key];
    } catch {
      member = new Literal('?'); // a getter that throws
    }
    parts.push(member);
    count++;
  }
  if (more) parts.push(new Literal(`,${ELLIPSIS}`));
  parts.push(new Literal('}'));
  for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
  return '{';
}
