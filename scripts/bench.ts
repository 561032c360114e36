import { AWAY_POLL_MS, LOCKED_FINE_POLL_MS, LOCKED_POLL_MS } from '../src-main/core/scheduler';
// `npm run bench`: Limber's footprint, each figure the median of several runs with its spread.
//
//   1. scheduler timer wake-ups in simulated 8-hour days, next to a fixed 1-second poll (28,800)
//   2. the core's CPU time to replay a simulated 30-day month, and its wake-ups
//   3. renderer bundle sizes (gzip JS + CSS per page)
//   4. navigation → routine visible for the break page in headless Chromium, next to a blank
//      page with the same shell
//   5. history: load + stats for 1 and 5 years, peak memory, one append (scripts/bench-history.ts),
//      and the same through the summary kept beside the log (start-up, history window, rebuild)
//   6. a running routine's rendering cost (CPU share, layouts, style recalcs, timer fires a second)
//      next to a page that only counts down once a second, and while hidden (scripts/bench/render-cost.ts)
//   7. per break in the loaded page, the quiet prompt, a hidden break window (scripts/bench/break-cost.ts)
//   8. start-up: the main bundle's size and contents, and process start → tray ready with the
//      mocked electron (scripts/bench/startup.ts)
//   9. busy detectors: one check of all of them, against real servers started for it (scripts/bench/detectors.ts)
//
// Prints one table (with how each figure was measured) and writes bench/results/latest.json plus
// a dated copy. Builds the renderer and the browser test host first when they are missing or
// older than their sources.
//
//   npm run bench [-- --quick] [--json] [--no-save] [--skip browser,render,history,sizes,startup,detectors]
//                [--only render,…]
//
// --quick: fewer runs (a smoke test; the figures are less steady). --json: the JSON on stdout
// instead of the table. --no-save: write nothing. --only: the scheduler (a second) and the named
// parts, nothing else (`--only render` measures the running routine without the page-load and
// per-break parts that `browser` adds). Progress goes to stderr.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BreakCostFigures, HiddenCase, HiddenFigures } from './bench/break-cost';
import type { BuildReport, PageSize } from './bench/build';
import type { HistoryFigures } from './bench/history';
import type { PageLoadFigures } from './bench/page-load';
import type { DetectorFigures } from './bench/detectors';
import type { RenderCostFigures } from './bench/render-cost';
import type { SchedulerFigures } from './bench/scheduler';
import type { StartupFigures } from './bench/startup';
import type { Spread } from './bench/stats';

// Local times (working days, lunch, the month's DST change) are Europe/Berlin, as in the tests.
process.env.TZ = 'Europe/Berlin';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  quick: boolean;
  json: boolean;
  save: boolean;
  skip: Set<string>;
}

const PARTS = ['browser', 'render', 'history', 'sizes', 'startup', 'detectors'];

function parseArgs(argv: string[]): Options {
  const o: Options = { quick: false, json: false, save: true, skip: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') o.quick = true;
    else if (a === '--json') o.json = true;
    else if (a === '--no-save') o.save = false;
    else if (a === '--skip') for (const s of (argv[++i] ?? '').split(',')) o.skip.add(s.trim());
    else if (a.startsWith('--skip=')) for (const s of a.slice(7).split(',')) o.skip.add(s.trim());
    else if (a === '--only' || a.startsWith('--only=')) {
      const only = (a === '--only' ? (argv[++i] ?? '') : a.slice(7)).split(',').map((s) => s.trim());
      for (const s of PARTS) if (!only.includes(s)) o.skip.add(s);
      for (const s of only) if (!PARTS.includes(s)) o.skip.add(s); // reported below as unknown
    }
    else {
      process.stderr.write(`bench: unknown option ${a}\nusage: npm run bench [-- --quick] [--json] [--no-save] [--skip|--only browser,render,history,sizes,startup,detectors]\n`);
      process.exit(2);
    }
  }
  // the rendering cost runs in the browser: --skip browser leaves it out too (--only render does not)
  if (o.skip.has('browser') && !argv.some((a) => a.startsWith('--only'))) o.skip.add('render');
  for (const s of o.skip) {
    if (!PARTS.includes(s)) {
      process.stderr.write(`bench: --skip and --only take browser, render, history, sizes, startup and/or detectors (got "${s}")\n`);
      process.exit(2);
    }
  }
  return o;
}

// ---------------------------------------------------------------- formatting

const int = (n: number) => Math.round(n).toLocaleString('en');
const fixed = (n: number, d = 1) => n.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
const kb = (bytes: number) => `${fixed(bytes / 1024)} KB`;
const mb = (bytes: number) => `${fixed(bytes / (1024 * 1024))} MB`;
const range = (s: { min: number; max: number }, f: (n: number) => string) => `${f(s.min)}–${f(s.max)}`;
const withIqr = (s: Spread, f: (n: number) => string) => `${range(s, f)}; IQR ${f(s.q1)}–${f(s.q3)}`;

interface Row {
  section: string;
  figure: string;
  value: string;
  spread: string;
  reference: string;
  how: string;
}

function buildRows(r: Results): Row[] {
  const rows: Row[] = [];
  const add = (row: Row) => rows.push(row);
  const s = r.scheduler;
  if (s) {
    const sec = 'Scheduler (main process), 8 h 09:00–17:00';
    const goal = (x: number) => (x >= 100 ? 'goal ≥ 20× met, aim 100× met' : x >= 20 ? 'goal ≥ 20× met, aim 100× not yet' : 'goal ≥ 20× NOT met');
    add({
      section: sec,
      figure: 'wake-ups, continuous typing',
      value: int(s.continuous.wakeUps.median),
      spread: range(s.continuous.wakeUps, int),
      reference: `a 1-s poll: ${int(s.pollBaseline)}`,
      how: `simulate() of 8 h of input without a single pause (the worst case for SPEC §3.5: every break waits the full flexMinutes, sampling idle every pauseSeconds), sitMinutes 45; each break Started after 20–40 s, completed after 110–130 s; ${s.continuous.runs} seeds; timer wake-ups the core asked for (Decision.wakeAt)`,
    });
    add({
      section: sec,
      figure: '  → fewer than a 1-s poll',
      value: `${fixed(s.continuous.ratio.median, 0)}×`,
      spread: range(s.continuous.ratio, (x) => `${fixed(x, 0)}×`),
      reference: goal(s.continuous.ratio.median),
      how: `28,800 ÷ wake-ups, per run (the headline)`,
    });
    add({
      section: sec,
      figure: 'wake-ups, realistic day',
      value: int(s.realistic.wakeUps.median),
      spread: range(s.realistic.wakeUps, int),
      reference: `a 1-s poll: ${int(s.pollBaseline)}`,
      how: `lunch (locked 60 min), 2 meetings (idle 45–60 min), 5 short idles (1–4 min); per day 2 breaks snoozed (one twice), 1 skipped, the rest Started after 10–60 s; ${s.realistic.runs} seeds. While idle past naturalBreakMinutes the core looks for the user's return every ${AWAY_POLL_MS / 1000} s (AWAY_POLL_MS): most of these`,
    });
    add({
      section: sec,
      figure: '  → fewer than a 1-s poll',
      value: `${fixed(s.realistic.ratio.median, 0)}×`,
      spread: range(s.realistic.ratio, (x) => `${fixed(x, 0)}×`),
      reference: goal(s.realistic.ratio.median),
      how: '28,800 ÷ wake-ups, per run',
    });
    add({
      section: sec,
      figure: 'Stretchly 1.16 (theirs)',
      value: int(r.anchors.wakeUps8h.stretchly.value),
      spread: '',
      reference: r.anchors.wakeUps8h.stretchly.note,
      how: 'their figure from ANCHORS.md, 8 h of continuous activity — not measured here',
    });
    add({
      section: sec,
      figure: 'BreakTimer 2.1 (theirs)',
      value: int(r.anchors.wakeUps8h.breakTimer.value),
      spread: '',
      reference: r.anchors.wakeUps8h.breakTimer.note,
      how: 'their figure from ANCHORS.md, 8 h of continuous activity — not measured here',
    });
    const rm = s.rightMoment;
    const sec3 = 'The right moment (SPEC §3.5, §3.12), model day 09:00–17:00';
    const pct = (x: number) => `${fixed(x * 100)} %`;
    const model =
      'typing model of scripts/bench/typing-model.ts (bursts of continuous input, median 10 s; pauses of 2–4 s 55 %, 3–8 s 25 %, 8–40 s 15 %, 40–180 s 5 %; after Dhakal et al. CHI 2018 and the writing-pause literature cited there), a call 10:40–11:20 and 14:00–14:30, lunch locked from 12:30, a presentation 15:30–16:15; each break Started after 3–15 s, done after 110–130 s';
    add({
      section: sec3,
      figure: 'breaks opening while typing (≤ 2 s)',
      value: pct(rm.typedWithin2s.limber),
      spread: `${rm.breaks.limber} breaks`,
      reference: `open at due: ${pct(rm.typedWithin2s.atDue)} of ${rm.breaks.atDue}; goal ≤ 5 % ${rm.typedWithin2s.limber <= 0.05 ? 'met' : 'NOT met'}`,
      how: `${model}; ${rm.runs} seeds; a break counts when input was given within the 2 s before its window opened; "open at due" = the same days with flexMinutes 0 and holdWhen off`,
    });
    add({
      section: sec3,
      figure: 'delay past due, median / p95',
      value: `${fixed(rm.delaySeconds.median, 0)} s / ${fixed(rm.delaySeconds.p95, 0)} s`,
      spread: `max ${fixed(rm.delaySeconds.max, 0)} s`,
      reference: `goal median ≤ 30 s ${rm.delaySeconds.median <= 30 ? 'met' : 'NOT met'}, p95 ≤ flexMinutes (180 s) ${rm.delaySeconds.p95 <= 180 ? 'met' : 'NOT met'}`,
      how: 'the `waited` of every break line (0 when shown at due), pooled over the runs; pauseSeconds 5, flexMinutes 3 (defaults)',
    });
    add({
      section: sec3,
      figure: 'breaks shown in a call / presenting',
      value: int(rm.duringBusy.limber),
      spread: `${fixed(rm.held.median, 0)} held a day (median)`,
      reference: `open at due: ${int(rm.duringBusy.atDue)}; goal 0 ${rm.duringBusy.limber === 0 ? 'met' : 'NOT met'}`,
      how: `break windows opened while a busy period of the model day ran, all ${rm.runs} runs together; the simulator's detectors answer "call"/"presenting" exactly then`,
    });
    add({
      section: sec3,
      figure: 'wake-ups in the 8 h',
      value: int(rm.wakeUps.median),
      spread: range(rm.wakeUps, int),
      reference: `${fixed(rm.ratio.median, 0)}× fewer than a 1-s poll (goal ≥ 100× ${rm.ratio.min >= 100 ? 'met in every run' : 'NOT met in every run'}); opening at due: ${int(rm.wakeUpsAtDue.median)}`,
      how: `timer wake-ups the core asked for, incl. the idle samples while a break waits for a pause (one per pauseSeconds at most), the 60-s checks while held and the immediate wakes for a deferred busy check; BusyPort asked ${fixed(rm.busyChecks.median, 0)} times a day (median)`,
    });
    add({
      section: sec3,
      figure: 'wall-clock look (§3.13), cost',
      value: `${int(s.wallClock.weekendOffHours)} / ${int(s.wallClock.nightPaused)}`,
      spread: '(deterministic)',
      reference: 'a weekend outside working hours (64 h) / a night paused until tomorrow (12 h)',
      how: 'wake-ups while waiting for a wall-clock moment: one every 15 min at most so a changed system time moves the moment within 15 min (before: 1 and 1)',
    });
    const m = s.month;
    const sec2 = 'Core, simulated 30-day month';
    add({
      section: sec2,
      figure: 'CPU time to replay the month',
      value: `${fixed(m.cpuMs.median)} ms`,
      spread: range(m.cpuMs, (x) => fixed(x)),
      reference: `${fixed(m.cpuPerCallUs.median)} µs per call; wall ${fixed(m.wallMs.median)} ms`,
      how: `process.cpuUsage() (user+system) around simulate() of 2 Mar–1 Apr 2026: ${m.workingDays} weekdays 09–17 with the realistic day, screen locked evenings and weekends; ${m.runs} seeds after one uncounted warm-up; includes the simulator's own bookkeeping`,
    });
    add({
      section: sec2,
      figure: 'wake-ups in the month',
      value: int(m.wakeUps.median),
      spread: range(m.wakeUps, int),
      reference: `${int(m.calls.median)} calls in all; a 1-s poll: ${int(30 * 86_400)}`,
      how: `the same replays; none while paused, one per deadline while sitting, every ${AWAY_POLL_MS / 1000} s while idle away (and while locked: every ${AWAY_POLL_MS / 1000} s for the first ${LOCKED_FINE_POLL_MS / 60_000} min, then every ${LOCKED_POLL_MS / 60_000} min, in case the unlock is never reported)`,
    });
  }
  if (r.sizes) {
    const sec = 'Renderer pages, gzip JS + CSS';
    for (const p of r.sizes.pages) {
      const isBreak = p.page === 'break';
      add({
        section: sec,
        figure: `${p.page} page`,
        value: kb(p.gzip),
        spread: '(one build)',
        reference: [
          `${kb(p.raw)} raw`,
          p.budget ? `budget ${kb(p.budget)}` : '',
          isBreak
            ? `theirs: Stretchly ${r.anchors.breakPageGzipKB.stretchly.value} KB (${r.anchors.breakPageGzipKB.stretchly.note}), BreakTimer ${r.anchors.breakPageGzipKB.breakTimer.value} KB (${r.anchors.breakPageGzipKB.breakTimer.note})`
            : '',
        ]
          .filter(Boolean)
          .join('; '),
        how: 'measurePages() (scripts/report-sizes.mjs): every script, modulepreload and stylesheet the HTML loads, gzip -9; no web fonts; sizes do not vary between runs',
      });
    }
  }
  const pl = r.pageLoad;
  if (pl) {
    const sec = `Break page load, headless Chromium ${pl.chromiumVersion}`;
    const ms = (x: number) => fixed(x, 0);
    const what = pl.appMeasured === 'routine' ? 'routine visible' : 'first content visible';
    add({
      section: sec,
      figure: `page.goto → ${what}`,
      value: `${ms(pl.app.gotoToVisibleMs.median)} ms`,
      spread: withIqr(pl.app.gotoToVisibleMs, ms),
      reference: `theirs: BreakTimer ${int(r.anchors.navToVisibleMs.breakTimer.value)} ms (${r.anchors.navToVisibleMs.breakTimer.note}); Stretchly ${r.anchors.navToVisibleMs.stretchly.note}`,
      how: `fresh context + page per run, served from 127.0.0.1; the test host (real core, fake clock) injected as in the browser tests, a break shown by "stretch now" in an init script; time from just before page.goto to the animation frame after every exercise name of the routine is in #app's rendered text; ${pl.runs} runs after ${pl.discarded} warm-up, app and blank alternating`,
    });
    add({
      section: sec,
      figure: '  same, from navigation start',
      value: `${ms(pl.app.navToVisibleMs.median)} ms`,
      spread: withIqr(pl.app.navToVisibleMs, ms),
      reference: `of which the test host ${ms(pl.app.testHostMs.median)} ms`,
      how: "performance.now() in the page at that frame; the test host's share (parsing host.js, building the core, composing the routine) is main-process work in Electron",
    });
    add({
      section: sec,
      figure: '  break view sent to the page',
      value: kb(pl.app.breakViewBytes.median),
      spread: range(pl.app.breakViewBytes, kb),
      reference: `of which SVG illustrations ${kb(pl.app.svgBytes.median)} (${fixed(pl.app.exercises.median, 0)} exercises)`,
      how: "JSON of the BreakView (routine, drawings, today's progress) the page gets over the bridge, UTF-8, not compressed (IPC is not); not in the page's bundle: the core draws the illustrations",
    });
    add({
      section: sec,
      figure: 'blank shell, page.goto → frame',
      value: `${ms(pl.blank.gotoToVisibleMs.median)} ms`,
      spread: withIqr(pl.blank.gotoToVisibleMs, ms),
      reference: '',
      how: "break.html's head (CSP, meta, the same stylesheets) and body with no script; to the first animation frame after its load event; same runs",
    });
    add({
      section: sec,
      figure: '  → app ÷ blank',
      value: `${fixed(pl.ratio, 2)}×`,
      spread: `+${ms(pl.overheadMs)} ms`,
      reference: 'with a break already up: the page and the core composing it',
      how: 'ratio and difference of the two medians (page.goto → visible)',
    });
    add({
      section: sec,
      figure: "Limber's start: page.goto → idle page",
      value: `${ms(pl.start.app.median)} ms`,
      spread: withIqr(pl.start.app, ms),
      reference: `blank shell ${ms(pl.start.blank.median)} ms (IQR ${ms(pl.start.blank.q1)}–${ms(pl.start.blank.q3)})`,
      how: "as the app loads the break window at start: no break showing; to the frame after the page's idle state is rendered (it asked for the break over the bridge and got none). Both pages get a stand-in for the preload's bridge (every call answers null a task later, like IPC) instead of the test host, so only the page is measured; same runs, alternating",
    });
    add({
      section: sec,
      figure: '  → app ÷ blank (the cold load)',
      value: `${fixed(pl.start.ratio, 2)}×`,
      spread: `+${ms(pl.start.overheadMs)} ms`,
      reference: pl.start.ratio <= 1.5 ? 'goal ≤ 1.5× met' : 'goal ≤ 1.5× NOT met',
      how: 'ratio and difference of the two medians',
    });
  }
  const bc = r.breakCost;
  if (bc) {
    const sec = 'Per break, in the already-loaded break page (headless Chromium, test host)';
    const ms = (x: number) => fixed(x, 1);
    add({
      section: sec,
      figure: 'view sent → routine on screen',
      value: `${ms(bc.pageMs.median)} ms`,
      spread: withIqr(bc.pageMs, ms),
      reference: `${bc.pageMs.median <= 16 ? 'goal ≤ 16 ms met' : 'goal ≤ 16 ms NOT met'}; the first break after the load ${ms(bc.firstPageMs)} ms`,
      how: `the page loaded once with no break (as the app loads it hidden at start); each break: the core's "stretch now", then from the view reaching the page's \`break\` listener (a listener registered before the page's own) to the animation frame after every exercise name is in #app's rendered text; then skipped, the clock moved 10 min; ${bc.breaks} breaks after the first`,
    });
    add({
      section: sec,
      figure: "  of which the page's own work",
      value: `${ms(bc.domMs.median)} ms`,
      spread: withIqr(bc.domMs, ms),
      reference: 'the rest is waiting for the next frame (≤ 16.7 ms at 60 Hz)',
      how: 'view sent → the routine in the DOM (Preact renders in a microtask after the event)',
    });
    add({
      section: sec,
      figure: '  the core composing the break',
      value: `${ms(bc.coreMs.median)} ms`,
      spread: withIqr(bc.coreMs, ms),
      reference: `first ${ms(bc.firstCoreMs)} ms; main-process work in the app, not the page's`,
      how: 'stretch-now → the view handed to the page: scheduler, composer, drawing the exercises',
    });
    add({
      section: sec,
      figure: 'the quiet prompt: status sent → on screen',
      value: `${ms(bc.prompt.pageMs.median)} ms`,
      spread: withIqr(bc.prompt.pageMs, ms),
      reference: `${bc.prompt.pageMs.median <= 16 ? 'goal ≤ 16 ms met' : 'goal ≤ 16 ms NOT met'}; the page's own work ${ms(bc.prompt.domMs.median)} ms; the first ${ms(bc.prompt.first)} ms`,
      how: `a due break while the user types (flexMinutes 3) waits for a pause and the page shows its prompt card from the status event: from that status reaching the page (a listener before the page's own) to the frame after main.prompt is in the DOM; then a click on the prompt shows the break, it is skipped, and the clock moves on a minute at a time to the next; ${bc.prompt.n} prompts after the first`,
    });
  }
  const hd = r.hidden;
  if (hd) {
    const sec = 'Hidden break window (headless Chromium, test host)';
    const one = (label: string, c: HiddenCase, how: string, goal: boolean) =>
      add({
        section: sec,
        figure: label,
        value: `${int(c.timerFires)} timers, ${int(c.rafFires)} frames`,
        spread: `${fixed(c.seconds, 0)} s`,
        reference: `${goal ? (c.timerFires === 0 && c.rafFires === 0 && c.scriptMs < 1 ? 'goal 0 met; ' : 'goal 0 NOT met; ') : ''}renderer main thread busy ${fixed(c.taskMs, 1)} ms (script ${fixed(c.scriptMs, 1)} ms), ${int(c.layouts)} layouts, ${int(c.styleRecalcs)} style recalcs`,
        how,
      });
    const how =
      "headless Chromium cannot hide a page (and CDP has no visibility override): the page is told it is hidden as a browser tells it (document.visibilityState/hidden + visibilitychange); every setTimeout/setInterval/requestAnimationFrame/requestIdleCallback callback that runs is counted (wrapped before any page script); CDP Performance.getMetrics before/after (TaskDuration in thread time; includes the bench's own CDP calls)";
    one('idle page, hidden (all day)', hd.idleHidden, how, true);
    one('routine running, then hidden', hd.routineHidden, how, true);
    one('  control: the routine, visible', hd.routineVisible, "the same page before it was hidden: what the counters show when something runs (the player's one timer, Preact's after-paint frames, the figure's SMIL animation)", false);
  }
  const rc = r.renderCost;
  if (rc) {
    const sec = `Running routine, rendering cost, headless Chromium ${rc.chromiumVersion}`;
    const a = r.anchors.runningBreak;
    const pct = (x: number) => `${fixed(x, 2)} %`;
    const perS = (x: number) => `${fixed(x, 1)}/s`;
    const line = (name: string, c: RenderCostFigures['countdown']) =>
      `${pct(c.cpuPercent)} CPU; ${perS(c.layoutsPerSecond)} layouts, ${perS(c.styleRecalcsPerSecond)} style recalcs, ${perS(c.timerFiresPerSecond)} timer fires, ${perS(c.animationFramesPerSecond)} animation frames (${name})`;
    add({
      section: sec,
      figure: 'routine: CPU share of a core',
      value: pct(rc.routine.cpuPercent),
      spread: `renderer ${pct(rc.routine.rendererCpuPercent)} + GPU ${pct(rc.routine.gpuCpuPercent)}${rc.cpuClock === 'threads' ? `; in Chromium's ticks ${pct(rc.routine.tickCpuPercent)}` : ''}`,
      reference: `theirs: Stretchly ${a.stretchly.cpuPercent} %, BreakTimer ${a.breakTimer.cpuPercent} %; Limber before: ${a.limberBefore.cpuPercent} %`,
      how: `the break page on the test host, Start pressed, ${fixed(rc.routine.seconds, 0)} s of the routine running in real time (${rc.routine.exercises.join(', ')}); CPU time of the page's renderer and the GPU process ${rc.cpuClock === 'threads' ? "(their threads' schedstat in /proc, ns)" : "(Chromium's ProcessTime and SystemInfo.getProcessInfo, 10-ms ticks: no /proc here)"} ÷ wall time`,
    });
    add({
      section: sec,
      figure: '  main thread busy',
      value: pct(rc.routine.mainThreadPercent),
      spread: '',
      reference: `countdown page ${pct(rc.countdown.mainThreadPercent)}`,
      how: 'Performance.getMetrics TaskDuration ÷ wall time',
    });
    add({
      section: sec,
      figure: '  layouts / style recalcs a second',
      value: `${fixed(rc.routine.layoutsPerSecond, 1)} / ${fixed(rc.routine.styleRecalcsPerSecond, 1)}`,
      spread: '',
      reference: `Stretchly ${a.stretchly.layouts} layouts/s, BreakTimer ${a.breakTimer.layouts}; Limber before: ${a.limberBefore.layouts}`,
      how: 'Performance.getMetrics LayoutCount, RecalcStyleCount over the same window',
    });
    add({
      section: sec,
      figure: '  timer fires / animation frames a second',
      value: `${fixed(rc.routine.timerFiresPerSecond, 1)} / ${fixed(rc.routine.animationFramesPerSecond, 1)}`,
      spread: '',
      reference: `Stretchly ${a.stretchly.timers} timer fires/s, BreakTimer ${a.breakTimer.timers}`,
      how: 'setTimeout / setInterval / requestAnimationFrame callbacks, counted by an init script',
    });
    add({
      section: sec,
      figure: 'countdown page (once a second)',
      value: pct(rc.countdown.cpuPercent),
      spread: '',
      reference: line('countdown', rc.countdown),
      how: "the break page's shell (same head, CSP, stylesheets) with one script writing a big number once a second, on the second; same run, same window length",
    });
    add({
      section: sec,
      figure: '  → routine ÷ countdown (CPU)',
      value: `${fixed(rc.cpuRatio, 2)}×`,
      spread: rc.roundRatios.length ? `rounds ${fixed(Math.min(...rc.roundRatios), 2)}–${fixed(Math.max(...rc.roundRatios), 2)}×` : '',
      reference: rc.cpuRatio <= 1.5 ? 'goal ≤ 1.5× met' : 'goal ≤ 1.5× NOT met',
      how: `ratio of the two CPU shares over all their windows: the pages take turns, ${rc.roundRatios.length} windows each (the idle one paused), so the machine's drifting load falls on both alike`,
    });
    const idle = rc.hidden.layoutsPerSecond === 0 && rc.hidden.timerFiresPerSecond === 0 && rc.hidden.animationFramesPerSecond === 0 && rc.hidden.styleRecalcsPerSecond === 0;
    add({
      section: sec,
      figure: 'routine page, hidden',
      value: pct(rc.hidden.cpuPercent),
      spread: '',
      reference: `${line('hidden', rc.hidden)}; ${idle ? 'goal "no work while hidden" met' : 'goal "no work while hidden" NOT met'}`,
      how: `the same page told it is hidden (visibilityState "hidden" + visibilitychange, as Electron does for a hidden window), ${fixed(rc.hidden.seconds, 0)} s; the CPU left is the renderer process's own housekeeping`,
    });
  }
  const h = r.history;
  if (h) {
    const sec = 'History (scripts/bench-history.ts)';
    for (const x of h.results) {
      const streamed = x.mode.startsWith('HistoryLog.stats');
      if (x.summaryBytes != null) {
        const five = x.history === '5 years';
        const judge = (limit: number) => {
          const cpu = x.cpuMs?.median ?? Number.POSITIVE_INFINITY;
          if (x.totalMs.median <= limit) return `goal ≤ ${limit} ms met`;
          return cpu <= limit ? `goal ≤ ${limit} ms met in CPU time, not in wall time (a busy machine: see the load average)` : `goal ≤ ${limit} ms NOT met`;
        };
        const goal = x.mode.startsWith('start-up') ? (five ? judge(10) : '') : x.mode.startsWith('history window') ? (five ? judge(100) : '') : 'once, after an update or if the summary is lost';
        add({
          section: sec,
          figure: `${x.history}, ${x.mode}`,
          value: `${fixed(x.totalMs.median)} ms`,
          spread: range(x.totalMs, (n) => fixed(n)),
          reference: [goal, x.cpuMs ? `CPU ${fixed(x.cpuMs.median)} ms` : '', `summary ${kb(x.summaryBytes)}`, `peak RSS +${mb(x.rssGrowthBytes.median)}`].filter(Boolean).join('; '),
          how: `history.summary.json beside the log (src-main/history-summary.ts: per-day counts, open breaks, exercise totals, parser state; checked against the log's length and head/tail hashes), written as the app leaves it (with the first event of the last day), so the log after it is that day's lines; fresh process per run, ${x.runs} runs, time inside the process (modules already loaded)`,
        });
        continue;
      }
      add({
        section: sec,
        figure: `${x.history}, ${streamed ? 'streamed stats' : 'load + stats'}`,
        value: `${fixed(x.totalMs.median)} ms`,
        spread: range(x.totalMs, (n) => fixed(n)),
        reference: `peak RSS ${mb(x.peakRssBytes.median)} (+${mb(x.rssGrowthBytes.median)})`,
        how: `${int(x.lines)} lines, ${mb(x.fileBytes)}; ${streamed ? 'HistoryLog.stats(): streamed, entries not kept' : 'HistoryLog.readAll() + computeStats()'}; fresh process per run, ${x.runs} runs; peak RSS = maxRSS incl. node + tsx (${mb(x.baselineRssBytes.median)} before reading)`,
      });
    }
    add({
      section: sec,
      figure: 'append one event',
      value: `${fixed(h.append.medianMs, 2)} ms`,
      spread: `${fixed(h.append.minMs, 2)}–${fixed(h.append.maxMs, 2)}`,
      reference: `p95 ${fixed(h.append.p95Ms, 2)} ms, p99 ${fixed(h.append.p99Ms, 2)} ms`,
      how: `write + fsync of one line to a copy of the 1-year file; ${h.append.appendsPerRun} appends × ${h.append.runs} processes`,
    });
  }
  const st = r.startup;
  if (st) {
    const sec = 'Start-up, main process (mocked electron, plain Node)';
    const ms = (x: number) => fixed(x, 1);
    const top = st.bundle.groups.slice(0, 6).map((g) => `${g.group} ${kb(g.bytes)}`).join(', ');
    add({
      section: sec,
      figure: 'main bundle (dist/main/main.cjs)',
      value: kb(st.bundle.bytes),
      spread: '(one build)',
      reference: `${st.bundle.bytes <= 250 * 1024 ? 'goal ≤ 250 KB met' : 'goal ≤ 250 KB NOT met'}; ajv ${st.bundle.hasAjv ? 'IN the bundle' : 'not in it'}; was 583 KB with ajv`,
      how: `minified (local names shortened); the rendered bytes per package/folder from the build's module report (dist/main/main.modules.json): ${top}`,
    });
    for (const [label, f] of [['first start (no files)', st.first], ['5 years of history + summary', st.fiveYears]] as const) {
      add({
        section: sec,
        figure: `Limber's own work, ${label}`,
        value: `${ms(f.ownMs.median)} ms`,
        spread: withIqr(f.ownMs, ms),
        reference: `${f.ownMs.median <= 50 ? 'goal ≤ 50 ms met' : 'goal ≤ 50 ms NOT met'} (wall); CPU ${ms(f.ownCpuMs.median)} ms (${f.ownCpuMs.median <= 50 ? 'met' : 'NOT met'}); require ${ms(f.requireMs.median)} + startShell ${ms(f.shellMs.median)} ms wall, ${ms(f.requireCpuMs.median)} + ${ms(f.shellCpuMs.median)} ms CPU`,
        how: `fresh node process per run (${st.runs} runs after a warm-up), scripts/bench/startup-child.cjs: require(main.cjs) = parse + module init + the instance lock; then the app's whenReady callback = startShell(): settings load (electron-store + the generated validator), history load (summary + today's lines), the core, the hidden break window, the tray; the fake electron is loaded before the clock starts. Wall time (performance.now()) and CPU time (process.cpuUsage(), all threads, GC included; on a busy machine wall time also counts waiting for a core)`,
      });
      add({
        section: sec,
        figure: '  process start → tray ready',
        value: `${ms(f.totalMs.median)} ms`,
        spread: withIqr(f.totalMs, ms),
        reference: `of which Node's own boot ${ms(f.bootMs.median)} ms (Electron's differs; not Limber's)`,
        how: 'performance.now() in the child (its origin is the process start)',
      });
    }
    add({
      section: sec,
      figure: '  5-year data folder',
      value: mb(st.fiveYears.historyBytes),
      spread: '',
      reference: `summary ${kb(st.fiveYears.summaryBytes)}; today's lines after it ${kb(st.fiveYears.tailBytes)}`,
      how: "generated history ending today; the summary written with today's first event, as the app does; a valid settings file",
    });
  }
  const d = r.detectors;
  if (d) {
    const sec = 'Busy detectors, one check (SPEC §3.12)';
    const ms = (x: number) => fixed(x, 1);
    add({
      section: sec,
      figure: 'all kinds on, warm',
      value: `${ms(d.warmMs.median)} ms`,
      spread: withIqr(d.warmMs, ms),
      reference: `first check (cold) ${ms(d.coldMs)} ms; found: ${d.reason ?? 'free'}`,
      how: `BusyPort.check() with call, presenting, doNotDisturb and a program list on, ${d.runs} runs, wall time; running: ${d.setup.join('; ')}`,
    });
    for (const [kind, x] of Object.entries(d.perKindMs)) {
      add({ section: sec, figure: `  ${kind} alone`, value: `${ms(x.median)} ms`, spread: withIqr(x, ms), reference: d.available.find((a) => a.kind === kind)?.detail ?? '', how: 'the same, one kind on at a time' });
    }
    if (d.cameraScanMs) {
      add({
        section: sec,
        figure: '  camera scan (/proc fds)',
        value: `${ms(d.cameraScanMs.median)} ms`,
        spread: withIqr(d.cameraScanMs, ms),
        reference: `${d.processes} processes; skipped when no /dev/video* exists`,
        how: 'videoHolders() against a stand-in video device, as it runs on a machine with a camera',
      });
    }
  }
  return rows;
}

function printTable(rows: Row[], r: Results, log: (s: string) => void): void {
  const cols: (keyof Row)[] = ['figure', 'value', 'spread', 'reference'];
  const head: Record<string, string> = { figure: 'figure', value: 'Limber (median)', spread: 'spread (min–max)', reference: 'for reference' };
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(head[c]!.length, ...rows.map((row) => row[c].length))])) as Record<string, number>;
  const line = (cells: Record<string, string>) =>
    cols
      .map((c, i) => (i === cols.length - 1 ? cells[c]! : c === 'value' ? cells[c]!.padStart(width[c]!) : cells[c]!.padEnd(width[c]!)))
      .join('  ')
      .trimEnd();
  const e = r.env;
  log('');
  log(`Limber benchmark — ${r.date}; node ${e.node}, ${e.platform}, ${e.cpu} ×${e.cpus}; TZ ${e.tz}; load average ${e.loadAvgStart} → ${e.loadAvgEnd}`);
  const phases = Object.entries(r.phaseSeconds).map(([k, v]) => `${k} ${fixed(v, 0)} s`).join(', ');
  log(`Each figure: the median of several runs (spread: min–max; IQR where timings are noisy). Took ${fixed(r.totalSeconds, 0)} s (${phases}).`);
  let section = '';
  let lastHow = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      log('');
      log(`${section}`);
      log(line(head));
      log(cols.map((c) => '-'.repeat(Math.min(width[c]!, 40))).join('  '));
    }
    log(line(row as unknown as Record<string, string>));
    if (row.how !== lastHow) log(`    how: ${row.how}`);
    lastHow = row.how;
  }
  if (r.warnings.length) {
    log('');
    for (const w of r.warnings) log(`NOTE: ${w}`);
  }
  if (r.saved.length) log(`\nwritten: ${r.saved.join(', ')}`);
}

// ---------------------------------------------------------------- run

interface Results {
  tool: 'limber-bench';
  version: 1;
  date: string;
  totalSeconds: number;
  /** seconds each part took (builds included in `build`) */
  phaseSeconds: Record<string, number>;
  options: { quick: boolean; skipped: string[]; runs: Record<string, number> };
  env: {
    node: string;
    platform: string;
    cpu: string;
    cpus: number;
    tz: string;
    loadAvgStart: string;
    loadAvgEnd: string;
    commit: string | null;
  };
  scheduler: (SchedulerFigures & { pollBaseline: number }) | null;
  sizes: { build: BuildReport; pages: PageSize[] } | null;
  pageLoad: PageLoadFigures | null;
  renderCost: RenderCostFigures | null;
  history: HistoryFigures | null;
  startup: StartupFigures | null;
  breakCost: BreakCostFigures | null;
  hidden: HiddenFigures | null;
  detectors: DetectorFigures | null;
  anchors: typeof import('./bench/anchors').ANCHORS;
  warnings: string[];
  saved: string[];
  table?: Row[];
}

async function gitCommit(): Promise<string | null> {
  const { execFileSync } = await import('node:child_process');
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const progress = (s: string) => process.stderr.write(s);
  const t0 = performance.now();
  const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    r.phaseSeconds[name] = Math.round((now - mark) / 100) / 10;
    mark = now;
  };
  const runs = o.quick
    ? { dayRuns: 5, monthRuns: 3, rightMomentRuns: 10, pageRuns: 5, historyRuns: 3, renderSeconds: 20, hiddenSeconds: 10, startupRuns: 5, breakRuns: 8, hiddenWindowSeconds: 10 }
    : { dayRuns: 15, monthRuns: 7, rightMomentRuns: 30, pageRuns: 20, historyRuns: 5, renderSeconds: 90, hiddenSeconds: 30, startupRuns: 15, breakRuns: 30, hiddenWindowSeconds: 120 };
  const { ANCHORS } = await import('./bench/anchors');
  const r: Results = {
    tool: 'limber-bench',
    version: 1,
    date: new Date().toISOString(),
    totalSeconds: 0,
    phaseSeconds: {},
    options: { quick: o.quick, skipped: [...o.skip], runs },
    env: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      cpus: os.cpus().length,
      tz: process.env.TZ ?? 'local',
      loadAvgStart: load(),
      loadAvgEnd: '',
      commit: await gitCommit(),
    },
    scheduler: null,
    sizes: null,
    pageLoad: null,
    renderCost: null,
    history: null,
    startup: null,
    breakCost: null,
    hidden: null,
    detectors: null,
    anchors: ANCHORS,
    warnings: [],
    saved: [],
  };

  // 1 + 2: the scheduler (pure, fast, first: nothing else is running yet)
  progress('scheduler: days and months … ');
  const { measureScheduler, POLL_1S_8H } = await import('./bench/scheduler');
  r.scheduler = { ...measureScheduler(runs), pollBaseline: POLL_1S_8H };
  progress('done\n');
  phase('scheduler');
  const ignored = r.scheduler.continuous.ignored + r.scheduler.realistic.ignored + r.scheduler.month.ignored;
  if (ignored) r.warnings.push(`the scheduler refused ${ignored} simulated user actions ("ignored"): the user model is off`);

  // 3 + 4: build what is stale, snapshot it, measure sizes and the page load
  let snapshot: string | null = null;
  try {
    if (!o.skip.has('sizes') || !o.skip.has('browser') || !o.skip.has('render')) {
      const { ensureBuilt, snapshotDist, measurePages } = await import('./bench/build');
      const wantHost = !o.skip.has('browser') || !o.skip.has('render');
      let build = await ensureBuilt(ROOT, { testHost: wantHost, log: progress });
      snapshot = mkdtempSync(join(os.tmpdir(), 'limber-bench-dist-'));
      try {
        snapshotDist(ROOT, snapshot, wantHost);
      } catch {
        // another build emptied dist/ while we copied: build once more and copy again
        progress('dist/ changed while copying it: building again …\n');
        build = await ensureBuilt(ROOT, { testHost: wantHost, log: progress, force: true });
        snapshotDist(ROOT, snapshot, wantHost);
      }
      phase('build');
      if (build.budgetError) r.warnings.push(`the renderer build's size check failed: ${build.budgetError}`);
      if (!o.skip.has('sizes')) {
        const pages = measurePages(join(snapshot, 'renderer'));
        const order = ['break', 'settings', 'history'];
        pages.sort((a, b) => order.indexOf(a.page) - order.indexOf(b.page));
        r.sizes = { build, pages };
      }
      if (!o.skip.has('browser')) {
        const { findChromium, measurePageLoad } = await import('./bench/page-load');
        const chromium = findChromium();
        if (!chromium) {
          r.warnings.push('no Chromium found (set CHROMIUM_PATH, or install one: see `npm test`): the page-load figure was not measured');
        } else {
          progress(`break page load in Chromium (${runs.pageRuns} + 1 warm-up runs each) `);
          r.pageLoad = await measurePageLoad({ snapshotDir: snapshot, runs: runs.pageRuns, chromium, log: progress });
          if (r.pageLoad.appMeasured !== 'routine') {
            r.warnings.push("the break page did not show the routine's exercise names: its first content was measured instead");
          }
          if (r.pageLoad.pageErrors.length) r.warnings.push(`page errors: ${r.pageLoad.pageErrors.join(' | ')}`);
          phase('pageLoad');
          progress(`per-break cost in the loaded page (${runs.breakRuns} + 1 breaks), hidden window (${runs.hiddenWindowSeconds} s per case) `);
          const { measureBreakCost } = await import('./bench/break-cost');
          const bc = await measureBreakCost({ snapshotDir: snapshot, chromium, breaks: runs.breakRuns, hiddenSeconds: runs.hiddenWindowSeconds, log: progress });
          r.breakCost = bc.breakCost;
          r.hidden = bc.hidden;
          if (bc.breakCost.pageErrors.length) r.warnings.push(`page errors (per-break): ${bc.breakCost.pageErrors.join(' | ')}`);
          phase('breakCost');
        }
      }
      if (!o.skip.has('render')) {
        const { findChromium } = await import('./bench/page-load');
        const { measureRenderCost } = await import('./bench/render-cost');
        const chromium = findChromium();
        if (!chromium) {
          r.warnings.push('no Chromium found: the running routine\'s rendering cost was not measured');
        } else {
          progress('rendering cost in Chromium: ');
          r.renderCost = await measureRenderCost({ snapshotDir: snapshot, chromium, seconds: runs.renderSeconds, hiddenSeconds: runs.hiddenSeconds, log: progress });
          if (r.renderCost.pageErrors.length) r.warnings.push(`page errors: ${r.renderCost.pageErrors.join(' | ')}`);
          phase('renderCost');
        }
      }
    }
  } finally {
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  }

  // 5: history, in its own processes
  if (!o.skip.has('history')) {
    progress(`history (scripts/bench-history.ts --json --runs ${runs.historyRuns}) … `);
    const { measureHistory } = await import('./bench/history');
    r.history = await measureHistory(ROOT, { runs: runs.historyRuns });
    progress('done\n');
    phase('history');
  }

  // 6: start-up of the main bundle with the mocked electron
  if (!o.skip.has('startup')) {
    progress(`start-up (${runs.startupRuns} runs × 2 data folders) `);
    const { measureStartup } = await import('./bench/startup');
    r.startup = await measureStartup(ROOT, { runs: runs.startupRuns, log: progress });
    phase('startup');
  }

  // 7: the busy detectors, against servers started for them
  if (!o.skip.has('detectors')) {
    progress('busy detectors (PulseAudio, Xvfb + openbox, D-Bus) … ');
    const { measureDetectors } = await import('./bench/detectors');
    r.detectors = await measureDetectors({ runs: o.quick ? 5 : 15 });
    progress('done\n');
    phase('detectors');
  }

  r.env.loadAvgEnd = load();
  const busy = Math.max(...os.loadavg().slice(0, 2), ...r.env.loadAvgStart.split(' ').slice(0, 2).map(Number));
  if (busy > r.env.cpus) {
    r.warnings.push(`the machine was busy (load average up to ${busy.toFixed(1)} on ${r.env.cpus} cores): timings (page load, history, CPU) are noisier and slower than on an idle machine; counts and sizes are not affected`);
  }
  if (o.quick) r.warnings.push('--quick: fewer runs than the default; use the default for published figures');
  r.totalSeconds = (performance.now() - t0) / 1000;
  const rows = buildRows(r);
  r.table = rows;

  if (o.save) {
    const dir = join(ROOT, 'bench/results');
    mkdirSync(dir, { recursive: true });
    const latest = join(dir, 'latest.json');
    const dated = join(dir, `${r.date.slice(0, 10)}.json`);
    r.saved = [latest, dated].map((p) => p.slice(ROOT.length + 1));
    const text = `${JSON.stringify(r, null, 2)}\n`;
    writeFileSync(latest, text);
    writeFileSync(dated, text);
  }
  if (o.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  else printTable(rows, r, (s) => process.stdout.write(`${s}\n`));
}

main().catch((e: unknown) => {
  process.stderr.write(`\nbench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
