// The history window in real Chromium, reading a REAL log through the test host (the real
// LimberApp computes the stats in the page). Every number the page shows is checked against
// computeStats run here, in the test process, over the log the page actually read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryStats } from '../../src-main/core/history';
import { noteEnglish, parseLog, toCsv } from '../../src-main/core/history';
import { axe, DIST, host, shot, startHarness, type Harness, type OpenOptions } from './harness';
import { busyHistory, emptyHistory, exerciseName, expectedStats, type Fixture } from './history-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const WINDOW = { width: 900, height: 760 }; // the history window's size (src-main/windows.ts)

async function openHistory(f: Fixture, o: Omit<OpenOptions, 'config'> = {}): Promise<Page> {
  return h.open('history', {
    viewport: WINDOW,
    ...o,
    config: { start: f.start, log: f.log, settings: f.settings },
    waitFor: 'main[data-ready]',
  });
}

/** The stats the app must have shown: computeStats over the log the page read, at the host's clock. */
async function statsOf(page: Page, f: Fixture): Promise<HistoryStats> {
  const t = host(page);
  return expectedStats(await t.log(), (await t.now()).wall, f.settings);
}

const text = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

// The page's display rules, written out independently: none, seconds under a minute, else whole
// minutes; sitting in minutes, or hours and minutes from an hour up — written by the page's Intl
// (Intl.DurationFormat, short style) in the browser's locale (en-GB here: "10 mins", "1 hr, 5 mins").
type Parts = { hours?: number; minutes?: number; seconds?: number };
const durationIn = (page: Page, parts: Parts, locale = 'en-GB'): Promise<string> =>
  page.evaluate(
    ([d, l]) => {
      const shown = Object.fromEntries(Object.entries(d).filter(([, v]) => (v ?? 0) > 0));
      if (!Object.keys(shown).length) return new Intl.NumberFormat(l, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(0);
      const DF = (Intl as unknown as { DurationFormat: new (l: string, o: object) => { format(x: object): string } }).DurationFormat;
      return new DF(l, { style: 'short' }).format(shown);
    },
    [parts, locale] as const,
  );
const stretched = (page: Page, s: number): Promise<string> =>
  durationIn(page, s === 0 ? { minutes: 0 } : s < 60 ? { seconds: s } : { minutes: Math.round(s / 60) });
function sitting(page: Page, s: number): Promise<string> {
  const min = Math.round(s / 60);
  return durationIn(page, min < 60 ? { minutes: min } : { hours: Math.floor(min / 60), minutes: min % 60 });
}

function expectClean(page: Page): void {
  const d = h.diagnostics(page);
  expect(d.errors).toEqual([]);
  expect(d.consoleErrors).toEqual([]);
  expect(d.csp).toEqual([]);
  expect(d.external).toEqual([]);
}

describe('history window: a new user', () => {
  it('shows a friendly empty state that says what will appear, with no charts or export', async () => {
    const f = emptyHistory();
    const page = await openHistory(f);
    const empty = page.locator('[data-stat="empty"]');
    await expect(empty.getByRole('heading', { name: 'No breaks logged yet' }).count()).resolves.toBe(1);
    const words = await text(page, '[data-stat="empty"]');
    expect(words).toContain('your goal of 6 breaks');
    for (const what of ['Today', 'The last 14 days', '12 weeks', 'Your streak', 'The exercises']) expect(words).toContain(what);
    expect(words).toContain('Start a stretch now');
    await expect(page.locator('.bar, .heat-day, #export-csv').count()).resolves.toBe(0);
    await expect(page.locator('[data-stat="notes"], [data-stat="write-problem"]').count()).resolves.toBe(0);
    expect(await page.title()).toBe('Limber — History');
    expectClean(page);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`empty state has no serious or critical axe violations (${colorScheme})`, async () => {
      const page = await openHistory(emptyHistory(), { colorScheme });
      expect(await axe(page)).toEqual([]);
      await shot(page, `history-empty-${colorScheme}`);
      await page.context().close();
    });
  }

  it('the first break ever, taken while the window is open, turns the empty state into the dashboard', async () => {
    const f = { ...emptyHistory('2026-03-02T09:00:00'), settings: { sitMinutes: 45, flexMinutes: 0 } };
    const page = await openHistory(f);
    const t = host(page);
    await page.waitForSelector('[data-stat="empty"]');
    await t.advanceMinutes(45.5); // the real scheduler: warn, then the break is due
    const view = await page.evaluate(() => window.limber!.getBreak());
    expect(view?.trigger).toBe('due');
    const ids = view!.routine.items.map((x) => x.id);
    await page.evaluate(() => window.limber!.breakAction({ type: 'start' }));
    await t.advance(100_000);
    await page.evaluate((exercises) => window.limber!.breakAction({ type: 'complete', exercises, secondsStretched: 100 }), ids);
    await page.waitForSelector('main.history-full');
    const s = await statsOf(page, f);
    expect(s.today.done).toBe(1);
    expect(await text(page, '[data-stat="done"]')).toBe(`1 of ${s.dailyGoal}`);
    expect(await text(page, '[data-stat="stretched"]')).toBe(await stretched(page, s.today.secondsStretched));
    expect(await text(page, '[data-stat="longest-sit"]')).toBe(await sitting(page, s.today.longestSittingSeconds));
    expect([s.streak.current, s.streak.best]).toEqual([0, 0]);
    expect(await text(page, '[data-stat="streak-current"]')).toBe('0');
    await expect(page.locator('[data-stat="streak-best"]').count()).resolves.toBe(0);
    expect(await text(page, '[data-stat="totals"]')).toBe(`Since 2 Mar: 1 break done, ${await durationIn(page, { minutes: Math.round(s.totals.secondsStretched / 60) })} stretching.`);
    const done = await page.locator('.rank-done li .rank-name').allTextContents();
    expect(done).toEqual(s.exercises.done.slice(0, 5).map((x) => exerciseName(x.id)));
    expect(await text(page, '.exercises')).toContain('Nothing skipped.');
    expect(await axe(page)).toEqual([]);
    expectClean(page);
    await page.context().close();
  });

  it('breaks held while busy are counted, with why, once there is one (SPEC §3.12)', async () => {
    const f = { ...emptyHistory('2026-03-02T09:00:00'), settings: { sitMinutes: 45, flexMinutes: 0 } };
    const page = await openHistory(f);
    const t = host(page);
    await page.waitForSelector('[data-stat="empty"]');
    // a first break done, so the dashboard shows; nothing held yet: no held line
    await t.advanceMinutes(45);
    await page.evaluate(() => window.limber!.breakAction({ type: 'skip' }));
    await page.waitForSelector('main.history-full');
    await expect(page.locator('[data-stat="held"]').count()).resolves.toBe(0);
    // in a call when the next heads-up is due: held, and the page says why
    await page.evaluate(() => window.__limberTest!.setBusy('call'));
    await t.advanceMinutes(45);
    await page.waitForSelector('[data-stat="held"]');
    expect(await text(page, '[data-stat="held"]')).toBe('1 break today: in a call (1) · 1 break in the last 14 days');
    const s = await statsOf(page, f);
    expect(s.held.today).toEqual({ count: 1, byReason: { call: 1, presenting: 0, dnd: 0, app: 0 } });
    expectClean(page);
    await page.context().close();
  });

  it('a log with nothing readable is still the empty state, with the note about it', async () => {
    const f = { ...emptyHistory(), log: '{"v":1,"at":"2026-03-12T09:40:00.000+01:00","event":"compl' };
    const page = await openHistory(f);
    await expect(page.locator('[data-stat="empty"]').count()).resolves.toBe(1);
    const notes = parseLog(f.log).notes.map(noteEnglish);
    expect(notes.length).toBe(1);
    await page.locator('[data-stat="notes"] summary').click();
    expect(await text(page, '[data-stat="notes"]')).toContain(notes[0]!);
    await page.context().close();
  });
});

describe('history window: a busy fortnight', () => {
  const f = busyHistory();

  it('the fixture is busy: every kind of outcome in the last 14 days, a streak, today under way', () => {
    const s = expectedStats(f.log, f.now, f.settings);
    const sum = (k: 'completed' | 'partial' | 'stopped' | 'skipped' | 'snoozes') => s.lastDays.reduce((n, d) => n + d[k], 0);
    for (const k of ['completed', 'partial', 'stopped', 'skipped', 'snoozes'] as const) expect(sum(k), k).toBeGreaterThan(0);
    expect(s.today.done).toBeGreaterThan(0);
    expect(s.today.secondsStretched).toBeGreaterThan(60);
    expect(s.today.longestSittingSeconds).toBeGreaterThan(0);
    expect(s.streak.current).toBeGreaterThan(1);
    expect(s.streak.best).toBeGreaterThan(s.streak.current);
    expect(s.exercises.done.length).toBeGreaterThan(3);
  });

  it("today's numbers match computeStats over the same log", async () => {
    const page = await openHistory(f);
    const s = await statsOf(page, f);
    expect(await text(page, '[data-stat="done"]')).toBe(`${s.today.done} of ${s.today.goal}`);
    await expect(page.getByRole('img', { name: `${s.today.done} of ${s.today.goal} breaks done today` }).count()).resolves.toBe(1);
    expect(await text(page, '[data-stat="stretched"]')).toBe(await stretched(page, s.today.secondsStretched));
    expect(await text(page, '[data-stat="longest-sit"]')).toBe(await sitting(page, s.today.longestSittingSeconds));
    const remaining = s.today.goal - s.today.done;
    expect(await text(page, '[data-stat="goal-line"]')).toContain(remaining > 0 ? `${remaining} more break` : 'Goal reached');
    expectClean(page);
    await page.context().close();
  });

  it("the 14 daily bars and their table show each day's counts from computeStats", async () => {
    const page = await openHistory(f);
    const s = await statsOf(page, f);
    const bars = await page.locator('.bar').evaluateAll((els) =>
      els.map((el) => ({
        date: el.getAttribute('data-date'),
        counts: Object.fromEntries([...el.querySelectorAll('.seg')].map((seg) => [seg.getAttribute('data-series'), Number(seg.getAttribute('data-count'))])),
        snoozes: Number(el.querySelector('.snooze-mark')?.getAttribute('data-count') ?? 0),
        stackPx: [...el.querySelectorAll('.seg')].reduce((h, seg) => h + seg.getBoundingClientRect().height, 0),
        plotPx: el.querySelector('.bar-stack')!.getBoundingClientRect().height,
        name: el.textContent ?? '',
      })),
    );
    const axisMax = Number(await text(page, '.bars-axis span:first-child'));
    expect(bars.map((b) => b.date)).toEqual(s.lastDays.map((d) => d.date));
    const outcomes = ['completed', 'partial', 'stopped', 'skipped'] as const;
    s.lastDays.forEach((d, i) => {
      for (const k of outcomes) expect(bars[i]!.counts[k] ?? 0, `${d.date} ${k}`).toBe(d[k]);
      // snoozes are shown apart, never stacked on the bar: a day of N breaks is a bar of N (issue 14 §11)
      expect(bars[i]!.counts.snoozes, `${d.date} snoozes in the stack`).toBeUndefined();
      expect(bars[i]!.snoozes, `${d.date} snoozes`).toBe(d.snoozes);
      const breaks = d.completed + d.partial + d.stopped + d.skipped;
      expect(bars[i]!.stackPx, `${d.date} bar height`).toBeCloseTo((breaks / axisMax) * bars[i]!.plotPx, 0);
      // the accessible name carries the same numbers
      expect(bars[i]!.name).toContain(`${d.completed} completed, ${d.partial} partial, ${d.stopped} stopped, ${d.skipped} skipped; `);
      expect(bars[i]!.name).toContain(d.snoozes === 0 ? 'no snoozes' : d.snoozes === 1 ? 'snoozed once' : d.snoozes === 2 ? 'snoozed twice' : `snoozed ${d.snoozes} times`);
    });
    expect(s.lastDays.some((d) => d.snoozes > 0)).toBe(true);
    // the text alternative: one row per day with the same counts, the day's breaks, and snoozes apart
    const rows = await page.locator('#fortnight-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        date: tr.getAttribute('data-date'),
        cells: Object.fromEntries([...tr.querySelectorAll('td[data-series]')].map((td) => [td.getAttribute('data-series'), Number(td.textContent)])),
        breaks: Number(tr.querySelector('[data-stat="breaks"]')?.textContent),
      })),
    );
    expect(rows.map((r) => r.date)).toEqual(s.lastDays.map((d) => d.date));
    s.lastDays.forEach((d, i) => {
      for (const k of [...outcomes, 'snoozes'] as const) expect(rows[i]!.cells[k], `${d.date} ${k}`).toBe(d[k]);
      expect(rows[i]!.breaks, `${d.date} breaks`).toBe(d.completed + d.partial + d.stopped + d.skipped);
    });
    // today's bar is selected to begin with and spelled out under the chart
    const today = s.lastDays[13]!;
    expect(await text(page, '[data-stat="bar-detail"]')).toContain(`${today.done} of ${s.dailyGoal} done`);
    await page.context().close();
  });

  it('streak, heat map, top exercises and totals match computeStats, with catalog names', async () => {
    const page = await openHistory(f);
    const s = await statsOf(page, f);
    expect(await text(page, '[data-stat="streak-current"]')).toBe(String(s.streak.current));
    expect(await text(page, '[data-stat="streak-best"]')).toBe(`${s.streak.best} days`);

    const cells = await page.locator('.heat-day').evaluateAll((tds) =>
      tds.map((td) => ({ date: td.getAttribute('data-date')!, done: Number(td.getAttribute('data-done')), level: Number(td.getAttribute('data-level')), label: td.textContent ?? '' })),
    );
    // the grid is in rows (Mon … Sun), so compare by date
    expect(cells.length).toBe(84);
    const byDate = new Map(cells.map((c) => [c.date, c]));
    for (const d of s.calendar) {
      const c = byDate.get(d.date)!;
      expect(c, d.date).toBeDefined();
      expect([c.done, c.level], d.date).toEqual([d.done, d.level]);
      expect(c.label).toContain(d.done === 0 ? 'no breaks done' : `${d.done} of ${s.dailyGoal} breaks done`);
    }
    // weeks as columns, the week as the browser's en-GB runs it (Monday on top): every cell of the first row is a Monday
    const mondays = await page.locator('.heat tbody tr').first().locator('.heat-day').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-date')!));
    for (const d of mondays) expect(new Date(`${d}T12:00:00Z`).getUTCDay()).toBe(1);

    const done = await page.locator('.rank-done li').evaluateAll((lis) => lis.map((li) => ({ id: li.getAttribute('data-exercise'), count: Number(li.getAttribute('data-count')), name: li.querySelector('.rank-name')?.textContent })));
    expect(done.map((x) => x.id)).toEqual(s.exercises.done.slice(0, 5).map((x) => x.id));
    expect(done.map((x) => x.count)).toEqual(s.exercises.done.slice(0, 5).map((x) => x.count));
    expect(done[0]!.name).toBe(exerciseName(s.exercises.done[0]!.id));
    const skipped = await page.locator('.rank-skipped li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-exercise')));
    expect(skipped).toEqual(s.exercises.skipped.slice(0, 3).map((x) => x.id));
    if (s.exercises.stopped.length) expect(await text(page, '[data-stat="stopped"]')).toContain(exerciseName(s.exercises.stopped[0]!.id));

    expect(await text(page, '[data-stat="totals"]')).toContain(`${s.totals.done} breaks done`);
    expect(await text(page, '[data-stat="totals"]')).toContain(`goal met on ${s.totals.goalDays} days`);
    expectClean(page);
    await page.context().close();
  });

  it('refreshes when something is logged: a break done now shows up at once', async () => {
    const page = await openHistory(f);
    const before = await statsOf(page, f);
    const t = host(page);
    await t.stretchNow();
    const r1 = await page.evaluate(() => window.limber!.breakAction({ type: 'start' }));
    expect(r1).toEqual({ ok: true });
    await t.advance(90_000);
    const r2 = await page.evaluate(() => window.limber!.breakAction({ type: 'complete', exercises: ['seated-rotation'], secondsStretched: 90 }));
    expect(r2).toEqual({ ok: true });
    const after = await statsOf(page, f);
    expect(after.today.done).toBe(before.today.done + 1);
    await page.waitForFunction((want) => document.querySelector('[data-stat="done"]')?.textContent?.replace(/\s+/g, ' ').trim() === want, `${after.today.done} of ${after.today.goal}`);
    expect(await text(page, '[data-stat="stretched"]')).toBe(await stretched(page, after.today.secondsStretched));
    const todayBar = page.locator('.bar').last().locator('.seg[data-series="completed"]');
    await expect(todayBar.getAttribute('data-count')).resolves.toBe(String(after.lastDays[13]!.completed));
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations (${colorScheme}), also with the numbers table shown`, async () => {
      const page = await openHistory(f, { colorScheme });
      expect(await axe(page)).toEqual([]);
      await shot(page, `history-busy-${colorScheme}`, { fullPage: true });
      await page.getByRole('button', { name: 'Show numbers' }).click();
      await expect(page.locator('#fortnight-table').isVisible()).resolves.toBe(true);
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('works in a 480 px wide window: nothing overflows sideways, all 14 bars and 12 weeks visible', async () => {
    const page = await openHistory(f, { viewport: { width: 480, height: 760 }, colorScheme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480);
    const boxes = await page.locator('.bar, .heat-day').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.right, r.width]));
    for (const [left, right, width] of boxes) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(480);
      expect(width).toBeGreaterThan(10);
    }
    expect(await axe(page)).toEqual([]);
    await shot(page, 'history-busy-narrow-dark', { fullPage: true });
    await page.context().close();
  });
});

describe('history window: exercise names', () => {
  it('come from getCatalog() through the bridge; the page does not bundle the catalog', async () => {
    const html = readFileSync(join(DIST, 'renderer/history.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    const code = assets.map((a) => readFileSync(join(DIST, 'renderer', a), 'utf8')).join('\n');
    const f = busyHistory();
    const s = expectedStats(f.log, f.now, f.settings);
    for (const x of s.exercises.done.slice(0, 5)) expect(code).not.toContain(exerciseName(x.id));
    // no other renderer chunk carries them either (nothing could be lazily loaded)
    for (const file of readdirSync(join(DIST, 'renderer/assets')).filter((n) => n.startsWith('history'))) {
      expect(readFileSync(join(DIST, 'renderer/assets', file), 'utf8')).not.toContain(exerciseName(s.exercises.done[0]!.id));
    }
    const page = await openHistory(f);
    await page.waitForFunction(() => document.querySelector('.rank-done .rank-name')?.textContent?.includes(' '));
    expect((await host(page).calls()).map((c) => c.method)).toContain('getCatalog');
    expect(await text(page, '.rank-done .rank-name')).toBe(exerciseName(s.exercises.done[0]!.id));
    await page.context().close();
  });
});

describe('history window: keyboard', () => {
  const f = busyHistory();

  it('one tab stop per chart, arrow keys move between days, focus is visible, export by keyboard', async () => {
    const page = await openHistory(f);
    const s = await statsOf(page, f);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          id: el?.id ?? '',
          cls: el?.className ?? '',
          date: el?.getAttribute('data-date') ?? null,
          text: (el?.textContent ?? '').trim(),
          outline: el ? getComputedStyle(el).outlineStyle : '',
        };
      });

    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Show numbers');
    expect((await focused()).outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('#fortnight-table').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Hide numbers' }).getAttribute('aria-expanded')).resolves.toBe('true');

    // the bars: one tab stop, today first
    await page.keyboard.press('Tab');
    let at = await focused();
    expect(at.date).toBe(s.lastDays[13]!.date);
    expect(at.outline).not.toBe('none');
    await page.keyboard.press('ArrowLeft');
    at = await focused();
    expect(at.date).toBe(s.lastDays[12]!.date);
    const day12 = s.lastDays[12]!;
    expect(await text(page, '[data-stat="bar-detail"]')).toContain(`${day12.done} of ${s.dailyGoal} done`);
    await page.keyboard.press('Home');
    expect((await focused()).date).toBe(s.lastDays[0]!.date);
    await page.keyboard.press('End');
    expect((await focused()).date).toBe(s.lastDays[13]!.date);

    // the heat map: one tab stop (today), ←/→ by week, ↑/↓ by day
    await page.keyboard.press('Tab');
    expect((await focused()).date).toBe(s.calendar[83]!.date);
    await page.keyboard.press('ArrowLeft');
    expect((await focused()).date).toBe(s.calendar[76]!.date);
    await page.keyboard.press('ArrowUp');
    expect((await focused()).date).toBe(s.calendar[75]!.date);
    const c75 = s.calendar[75]!;
    expect(await text(page, '[data-stat="heat-detail"]')).toContain(c75.done === 0 ? 'no breaks done' : `${c75.done} of ${s.dailyGoal} breaks done`);
    await page.keyboard.press('Home');
    expect((await focused()).date).toBe(s.calendar[0]!.date);

    // then export, by keyboard
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('export-csv');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-stat="export-result"] .path');
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('export-raw');
    await page.context().close();
  });
});

describe('history window: export, notes and write problems', () => {
  const f = busyHistory();

  it('exports CSV and the raw log through the bridge and shows where they went', async () => {
    const page = await openHistory(f);
    const t = host(page);
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    await page.waitForSelector('[data-stat="export-result"] .path');
    let exports = await t.exports();
    expect(exports.length).toBe(1);
    expect(exports[0]!.kind).toBe('csv');
    expect(await text(page, '[data-stat="export-result"]')).toBe(`Saved the CSV file to ${exports[0]!.path}`);
    const log = await t.log();
    expect(exports[0]!.text).toBe(toCsv(parseLog(log).entries));

    await page.getByRole('button', { name: 'Export raw log…' }).click();
    await page.waitForFunction(() => document.querySelector('[data-stat="export-result"]')?.textContent?.includes('raw log'));
    exports = await t.exports();
    expect(exports.length).toBe(2);
    expect(exports[1]!.text).toBe(log);
    expect(await text(page, '[data-stat="export-result"] .path')).toBe(exports[1]!.path);
    await expect(page.getByRole('status').filter({ hasText: exports[1]!.path }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('says so when an export is cancelled or fails', async () => {
    const page = await openHistory(f);
    const t = host(page);
    await t.nextExport('cancel');
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    await page.waitForFunction(() => document.querySelector('[data-stat="export-result"]')?.textContent?.includes('cancelled'));
    expect(await text(page, '[data-stat="export-result"]')).toBe('Export cancelled. Nothing was saved.');
    await t.nextExport({ reason: 'the disk is full' });
    await page.getByRole('button', { name: 'Export raw log…' }).click();
    await page.waitForFunction(() => document.querySelector('[data-stat="export-result"]')?.textContent?.includes('disk'));
    expect(await text(page, '[data-stat="export-result"]')).toBe('Couldn’t export: the disk is full');
    expect(await t.exports()).toEqual([]);
    await page.context().close();
  });

  it('shows notes about skipped lines and a write problem discreetly, and still counts the rest', async () => {
    const page = await openHistory(f);
    const t = host(page);
    const torn = `${f.log}{"v":1,"at":"2026-03-12T15:09:00.000+01:00","event":"compl`;
    const bad = torn.replace('\n', '\nnot json at all\n');
    await t.setHistoryProblem('The history file could not be written (disk full). Limber keeps the events and retries.');
    await t.loadLog(bad);
    await page.waitForSelector('[data-stat="write-problem"]');
    expect(await text(page, '[data-stat="write-problem"]')).toContain('disk full');
    const notes = parseLog(bad).notes.map(noteEnglish);
    expect(notes.length).toBe(2);
    const summary = page.locator('[data-stat="notes"] summary');
    expect(await summary.textContent()).toBe('2 notes about the history file');
    // discreet: closed until asked for
    await expect(page.getByText(notes[0]!).isVisible()).resolves.toBe(false);
    await summary.click();
    for (const n of notes) await expect(page.getByText(n).isVisible()).resolves.toBe(true);
    // the readable lines still count
    const s = await statsOf(page, f);
    expect(await text(page, '[data-stat="done"]')).toBe(`${s.today.done} of ${s.today.goal}`);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});
