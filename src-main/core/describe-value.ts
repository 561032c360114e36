// A short, safe description of any value for error messages ("(got …)"). Iterative and bounded:
// a value nested thousands of levels deep (a hostile settings file or trace) is described in a
// few dozen steps, never with recursion, so a message can never overflow the stack.

const ELLIPSIS = '…';

/** JSON-like text of `v`, cut to at most `max` characters. */
export function describeValue(v: unknown, max = 60): string {
  if (v === undefined) return 'nothing';
  let out = '';
  // a stack of what is left to write: values, or literal text (closing brackets, commas)
  const stack: Array<{ text: string } | { value: unknown }> = [{ value: v }];
  let steps = 0;
  while (stack.length > 0) {
    if (out.length > max || ++steps > 4 * max) return cut(out + ELLIPSIS, max);
    const item = stack.pop()!;
    if ('text' in item) {
      out += item.text;
      continue;
    }
    const x = item.value;
    if (Array.isArray(x)) {
      out += '[';
      stack.push({ text: ']' });
      for (let i = Math.min(x.length, max) - 1; i >= 0; i--) {
        stack.push({ value: x[i] });
        if (i > 0) stack.push({ text: ',' });
      }
    } else if (typeof x === 'object' && x !== null) {
      const keys = Object.keys(x).slice(0, max);
      out += '{';
      stack.push({ text: '}' });
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ value: (x as Record<string, unknown>)[keys[i]!] });
        stack.push({ text: `${JSON.stringify(keys[i]!.slice(0, max))}:` });
        if (i > 0) stack.push({ text: ',' });
      }
    } else if (typeof x === 'string') {
      out += JSON.stringify(x.length > max ? x.slice(0, max) : x);
    } else if (typeof x === 'number') {
      out += Number.isFinite(x) ? String(x) : 'null';
    } else if (typeof x === 'bigint') {
      out += String(x);
    } else if (x === undefined || typeof x === 'function' || typeof x === 'symbol') {
      out += 'null';
    } else {
      out += String(x);
    }
  }
  return cut(out, max);
}

function cut(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}${ELLIPSIS}` : s;
}
