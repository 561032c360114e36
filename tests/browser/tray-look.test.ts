// The tray menu's status line in the states of the right moment (issue 11): a break held while
// the user is in a call, a break waiting for a pause in typing, a pause. The menu is native, so
// it cannot be photographed here (no Electron binary): the test builds the real menu template
// from the real scheduler's status (tray-menu.ts), checks its first line, and draws the template
// as a plain menu in Chromium for docs/screenshots/tray-*.png — a drawing of what Limber puts in
// the menu, not a screenshot of a desktop's tray.
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scheduler, type SchedulerStatus } from '../../src-main/core/scheduler';
import { defaultSettings } from '../../src-main/core/settings';
import { trayMenuTemplate, trayStatusLine } from '../../src-main/tray-menu';
import { shot, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const MIN = 60_000;
const T0 = new Date('2026-03-02T09:00:00+01:00').getTime();
const at = (minutes: number) => ({ mono: minutes * MIN, wall: T0 + minutes * MIN });
const noop = () => undefined;
const ACTIONS = { stretchNow: noop, showBreak: noop, pause: noop, resume: noop, setSitMinutes: noop, openHistory: noop, openSettings: noop, quit: noop };

/** The real scheduler's status in each state (09:00 start, default settings). */
function statusOf(state: 'held' | 'waiting' | 'paused'): { status: SchedulerStatus; now: number } {
  const s = new Scheduler(defaultSettings(), at(0));
  if (state === 'held') {
    // in a call when the heads-up is due (09:44): held
    const d = s.handle({ type: 'wake' }, at(44), 0, 'call');
    return { status: d.status, now: at(50).wall };
  }
  if (state === 'waiting') {
    s.handle({ type: 'wake' }, at(44), 0, null);
    const d = s.handle({ type: 'wake' }, at(45), 0, null); // due while typing: waits for a pause
    return { status: d.status, now: at(45).wall };
  }
  const d = s.handle({ type: 'pause', minutes: 120 }, at(30), 0);
  return { status: d.status, now: at(31).wall };
}

function menuHtml(items: MenuItemConstructorOptions[], dark: boolean): string {
  const esc = (t: string) => t.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  const rows = items
    .map((i) =>
      i.type === 'separator'
        ? '<li class="sep" role="separator"></li>'
        : `<li class="${i.enabled === false ? 'off' : ''}" data-id="${i.id ?? ''}">${esc(String(i.label))}${i.submenu ? '<span class="arrow">▸</span>' : ''}</li>`,
    )
    .join('');
  return `<!doctype html><html><head><style>
    body { margin: 0; padding: 12px; background: ${dark ? '#1b1f22' : '#e9e6df'}; font: 14px system-ui, sans-serif; }
    ul { list-style: none; margin: 0; padding: 6px 0; width: 330px; border-radius: 8px;
         background: ${dark ? '#2b3034' : '#ffffff'}; color: ${dark ? '#eceff1' : '#1d2628'};
         box-shadow: 0 4px 18px rgb(0 0 0 / 25%); }
    li { padding: 6px 16px; display: flex; justify-content: space-between; }
    li.off { color: ${dark ? '#a9b2b8' : '#5b666a'}; }
    li[data-id="status"] { font-weight: 600; }
    li.sep { padding: 0; margin: 5px 0; border-top: 1px solid ${dark ? '#41484d' : '#d9d5cc'}; }
    .arrow { opacity: 0.7; }
  </style></head><body><ul role="menu" aria-label="Limber">${rows}</ul></body></html>`;
}

describe('tray menu status line (a drawing of the native menu)', () => {
  const cases = [
    { state: 'held', line: /^Break held: in a call$/, name: 'tray-held' },
    { state: 'waiting', line: /^Break waits for a pause \(at the latest 09:48\)$/, name: 'tray-waiting' },
    { state: 'paused', line: /^Paused until 11:30$/, name: 'tray-paused' },
  ] as const;

  for (const c of cases) {
    it(`${c.state}: the first, disabled line says so; light and dark`, async () => {
      const { status, now } = statusOf(c.state);
      const line = trayStatusLine(status, now);
      expect(line).toMatch(c.line);
      const items = trayMenuTemplate({ status, today: { done: 2, goal: 6, minutesStretched: 5 }, sitMinutes: 45, statusLine: line }, ACTIONS);
      expect(items[0]).toMatchObject({ id: 'status', label: line, enabled: false });
      for (const dark of [false, true]) {
        const context = await h.browser.newContext({ viewport: { width: 354, height: 330 }, colorScheme: dark ? 'dark' : 'light' });
        const page = await context.newPage();
        await page.setContent(menuHtml(items, dark));
        expect(await page.locator('li[data-id=status]').textContent()).toBe(line);
        await shot(page, dark ? `${c.name}-dark` : c.name);
        await context.close();
      }
    });
  }
});
