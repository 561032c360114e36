// Sample values to format an ICU message with in the tests.
import { parse, type Token } from '@messageformat/parser';

/** Sample values: each plural/number argument a number, each select argument one of its keys. */
export function samples(src: string): Record<string, string | number>[] {
  const args = new Map<string, string[] | 'number' | 'text'>();
  const walk = (tokens: Token[]): void => {
    for (const t of tokens) {
      if (t.type === 'argument') args.set(t.arg, args.get(t.arg) ?? 'text');
      else if (t.type === 'plural' || t.type === 'selectordinal') {
        args.set(t.arg, 'number');
        for (const c of t.cases) walk(c.tokens);
      } else if (t.type === 'select') {
        args.set(t.arg, t.cases.map((c) => c.key));
        for (const c of t.cases) walk(c.tokens);
      } else if (t.type === 'function') args.set(t.arg, t.key === 'number' ? 'number' : 'text');
    }
  };
  walk(parse(src));
  return [0, 1, 2, 5, 21].map((n, i) =>
    Object.fromEntries(
      [...args].map(([name, kind]) => [name, kind === 'number' ? n : kind === 'text' ? `«${name}»` : kind[i % kind.length]!]),
    ),
  );
}
