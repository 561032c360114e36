// Reads Electron's own type definitions (node_modules/electron/electron.d.ts) for what the shell
// relies on: per member of an interface/class, the `@platform` tag of its JSDoc and whether the
// JSDoc says "Not supported on Wayland". Used by the capability-table test, so an Electron upgrade
// that changes a platform note fails a test instead of silently changing behaviour.
import fs from 'node:fs';
import path from 'node:path';

export interface MemberDoc {
  /** platforms named by `@platform` (null: no tag = every platform) */
  platforms: string[] | null;
  /** the JSDoc says it is not supported on Wayland */
  notOnWayland: boolean;
  /** the JSDoc text (for messages) */
  doc: string;
}

/** Keys: `Type.member` for methods/properties, `Type.on:event` for events (from the `on(event: 'x'` overload). */
export function readElectronDts(file = path.join(process.cwd(), 'node_modules/electron/electron.d.ts')): Map<string, MemberDoc> {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out = new Map<string, MemberDoc>();
  let type: string | null = null;
  let doc: string[] = [];
  let inDoc = false;
  let depth = 0; // parameter-list nesting: JSDoc inside a listener's parameters is not the member's
  for (const raw of lines) {
    const line = raw.trim();
    const head = /^(?:export\s+)?(?:declare\s+)?(?:interface|class)\s+(\w+)/.exec(line);
    if (head && /^ {2}\S/.test(raw)) {
      type = head[1]!;
      doc = [];
      depth = 0;
      continue;
    }
    if (!type) continue;
    if (line.startsWith('/**')) {
      inDoc = true;
      if (depth === 0) doc = [];
    }
    if (inDoc) {
      if (depth === 0) doc.push(line.replace(/^\/\*\*|\*\/$|^\*/g, '').trim());
      if (line.endsWith('*/')) inDoc = false;
      continue;
    }
    if (depth === 0) {
      const ev = /^on\(event: '([^']+)'/.exec(line);
      const member = /^(?:static\s+)?(?:readonly\s+)?(\w+)\??[(:<]/.exec(line);
      const key = ev ? `${type}.on:${ev[1]}` : member ? `${type}.${member[1]}` : null;
      if (key && !out.has(key)) {
        const text = doc.join(' ').replace(/\s+/g, ' ');
        const tag = /@platform\s+([\w,]+)/.exec(text);
        out.set(key, {
          platforms: tag ? tag[1]!.split(',') : null,
          notOnWayland: /not (?:currently )?supported on Wayland/i.test(text),
          doc: text,
        });
      }
      if (key || member) doc = [];
    }
    depth += (raw.match(/\(/g) ?? []).length - (raw.match(/\)/g) ?? []).length;
    if (depth < 0) depth = 0;
  }
  return out;
}
