// The browser test host (never shipped): `window.limber` for the renderer pages in plain
// Chromium, backed by the REAL LimberApp with controllable ports — a fake clock (monotonic +
// wall), a settable OS idle time, a seeded random, settings in memory and a history port that
// keeps real log text lines (serializeEvent / parseLog), so the pages read a real log.
//
// Built into one IIFE (vite.testhost.config.ts → dist/test-host/host.js) that Playwright injects
// with `page.addInitScript({ path })`, so `window.limber` exists before the page's own script
// runs and the page code is exactly what Electron loads.
//
// Configuration, read when the app is first needed (the page's first bridge call):
//   window.__limberTestConfig = { start, settings, log, firstRunDone, seed, idle, advanceMinutes, locale, systemLanguages }   (an earlier init script)
//   or the page URL: ?start=2026-03-02T09:00&log=<urlencoded log text>&settings=<urlencoded JSON>&locale=de
// The locale is chosen as the shell chooses it (core/i18n/locale-follower.ts): the language
// setting, else the system's — `locale` (any tag of LOCALES, the pseudo-locale included), else
// negotiated from `systemLanguages` (default: the browser's navigator.languages).
// Controls for the tests: `window.__limberTest` (see `TestControls` below).

import { loadCatalogTranslation } from '../../src-main/catalog-locales';
import { LimberApp, type StoredState } from '../../src-main/core/app';
import { LocaleFollower } from '../../src-main/core/i18n/locale-follower';
import { SOURCE_LOCALE } from '../../src-main/core/i18n/locales';
import { DETECTOR_KINDS, REASON_OF_KIND, type BusyReason, type DetectorAvailability } from '../../src-main/core/busy';
import type {
  BreakAction,
  BreakView,
  EventName,
  ExportResult,
  LimberBridge,
  LimberEvents,
} from '../../src-main/core/bridge';
import type { LimberEvent } from '../../src-main/core/events';
import { parseLog, serializeEvent, toCsv } from '../../src-main/core/history';
import type { Instant, SchedulerInput } from '../../src-main/core/scheduler';
import { applySettingsPatch, defaultSettings, type Settings } from '../../src-main/core/settings';
import { mulberry32 as seededRandom } from '../../src-main/core/random';
import { ENGLISH_TEXT } from '../../src-main/main-words';

export interface TestHostConfig {
  /** local wall time the fake clock starts at (ISO without offset = local), default Monday 2026-03-02 09:00 */
  start?: string | number;
  /** initial settings over the defaults */
  settings?: Partial<Settings>;
  /** history log text to start with (one JSON line per event) */
  log?: string;
  /** whether the first-run screen was done (default true) */
  firstRunDone?: boolean;
  /** seed of the random source (default 1) */
  seed?: number;
  /** OS idle seconds at the start (default 0) */
  idle?: number;
  /** minutes the clock runs (user active) as soon as the app is built, before the page's first call: e.g. 46 = a due break is already showing at page load */
  advanceMinutes?: number;
  /** what the fake busy detectors say about themselves (default: all available, "test host") */
  detectors?: DetectorAvailability[];
  /** the system's language (a LOCALES tag: 'de', 'ar', the pseudo-locale 'en-XA'): what "Same as the system" gives */
  locale?: string;
  /** the OS's preferred languages, for the 'system' setting (default: navigator.languages) */
  systemLanguages?: string[];
}

export interface ExportRecord {
  kind: 'csv' | 'raw';
  path: string;
  text: string;
}

export interface BridgeCall {
  method: string;
  arg: unknown;
  at: number;
}

export interface TestControls {
  /** Moves the fake clock by `ms`, running every `wake()` the app asks for on the way (like the shell's one timer). */
  advance(ms: number): void;
  /** Same as advance, in minutes. */
  advanceMinutes(minutes: number): void;
  /** The OS idle time: a number of seconds (it then grows with `advance`), or 'active' (input right now and from then on). */
  setIdle(idle: number | 'active'): void;
  /** Tray "Start a stretch now". */
  stretchNow(): void;
  /** Any scheduler input (lock, unlock, suspend, resume, pause …) at the current time. */
  input(input: SchedulerInput): void;
  /** The history log text (what the shell would have on disk). */
  log(): string;
  /** The history log parsed back (events with epoch-ms times). */
  events(): LimberEvent[];
  /** Replaces the history and rebuilds the app (pages are told through their events). */
  loadLog(text: string): void;
  /** Sets settings over the defaults and rebuilds the app (or, before the app exists, the initial settings). */
  settings(patch: Partial<Settings>): void;
  /** Rebuilds the app from a config (clock, history, settings), then tells the pages. */
  reset(config?: TestHostConfig): void;
  /** The fake clock. */
  now(): Instant;
  /** Whether the break window would be showing (a break is up, or its end view until closeBreak). */
  breakWindow(): { visible: boolean; breakId: string | null; closed: number; prompt: boolean };
  /** The current break as the app sees it. */
  currentBreak(): BreakView | null;
  /** What exportHistory wrote. */
  exports(): ExportRecord[];
  /** Makes the next exportHistory answer `cancelled` or fail with a reason. */
  nextExport(outcome: 'ok' | 'cancel' | { reason: string }): void;
  /** Makes the history port report a write problem (or none). */
  setHistoryProblem(message: string | null): void;
  /** Makes the settings port fail the next save (the app must then change nothing). */
  failNextSettingsSave(message?: string): void;
  /** Every bridge call the page made, in order. */
  calls(): BridgeCall[];
  /** How many `on(...)` listeners the page has, by event. */
  listeners(): Record<string, number>;
  /** What the fake busy detectors answer from now on (null = free), as the simulator's busy/free. */
  setBusy(reason: BusyReason | null): void;
  /** The active locale (once loaded: see `localeSettled`). */
  activeLocale(): string;
  /** Resolves when the latest language choice is loaded and applied. */
  localeSettled(): Promise<void>;
  /** The app itself, for anything else. */
  app(): LimberApp;
}

declare global {
  interface Window {
    __limberTest?: TestControls;
    __limberTestConfig?: TestHostConfig;
  }
}

const DEFAULT_START = '2026-03-02T09:00:00';
const MONO_START = 1_000_000;

function parseStart(start: string | number | undefined): number {
  if (typeof start === 'number') return start;
  const text = start ?? DEFAULT_START;
  const ms = new Date(text).getTime(); // without an offset: local time
  if (!Number.isFinite(ms)) throw new Error(`test host: bad start time ${JSON.stringify(text)}`);
  return ms;
}


function configFromUrl(): TestHostConfig {
  const out: TestHostConfig = {};
  try {
    const q = new URLSearchParams(location.search);
    const start = q.get('start');
    if (start) out.start = start;
    const log = q.get('log');
    if (log !== null) out.log = log;
    const settings = q.get('settings');
    if (settings) out.settings = JSON.parse(settings) as Partial<Settings>;
    const seed = q.get('seed');
    if (seed) out.seed = Number(seed);
    if (q.get('firstRun') === '1') out.firstRunDone = false;
    const locale = q.get('locale');
    if (locale) out.locale = locale;
  } catch (e) {
    console.error('test host: bad URL config', e);
  }
  return out;
}

function initialSettings(patch: Partial<Settings> | undefined): Settings {
  // the app's own defaults: a UI test that wants the break at due (the host's user is typing, so
  // SPEC §3.5 would make it wait) sets flexMinutes 0 itself
  const applied = applySettingsPatch(defaultSettings(), patch ?? {});
  if (!applied.ok) throw new Error(`test host: bad settings: ${applied.errors.join('; ')}`);
  return applied.value;
}

class TestHost {
  private config: TestHostConfig;
  private appInstance: LimberApp | null = null;
  private follower: LocaleFollower | null = null;
  private mono = MONO_START;
  private wall = 0;
  /** mono time of the last input; idle = now - this */
  private lastInputMono = MONO_START;
  private idleMode: 'active' | 'idle' = 'active';
  private busyReason: BusyReason | null = null;
  private lines: string[] = [];
  private stored: StoredState = { settings: defaultSettings(), firstRunDone: true, exclusionNotes: {} };
  private historyProblem: string | null = null;
  private failSave: string | null = null;
  private exportOutcome: 'ok' | 'cancel' | { reason: string } = 'ok';
  private exported: ExportRecord[] = [];
  private callLog: BridgeCall[] = [];
  private readonly pageListeners = new Map<EventName, Set<(payload: never) => void>>();
  private detach: (() => void)[] = [];
  // the break window as the shell would keep it
  private windowVisible = false;
  private windowBreakId: string | null = null;
  private awaitingClose = false;
  private closedCount = 0;
  private promptVisible = false;

  constructor(config: TestHostConfig) {
    this.config = config;
  }

  // ------------------------------------------------------------------ the app and its ports

  private app(): LimberApp {
    if (!this.appInstance) this.build();
    return this.appInstance!;
  }

  private build(): void {
    for (const d of this.detach) d();
    this.detach = [];
    const c = this.config;
    this.wall = parseStart(c.start);
    this.mono = MONO_START;
    this.idleMode = c.idle ? 'idle' : 'active';
    this.lastInputMono = this.mono - (c.idle ?? 0) * 1000;
    this.lines = (c.log ?? '').split('\n').filter((l) => l.trim() !== '');
    this.stored = {
      settings: initialSettings(c.settings),
      firstRunDone: c.firstRunDone ?? true,
      exclusionNotes: {},
    };
    this.windowVisible = false;
    this.windowBreakId = null;
    this.awaitingClose = false;
    const random = seededRandom(c.seed ?? 1);
    const app = new LimberApp({
      text: () => ENGLISH_TEXT,
      now: () => ({ mono: this.mono, wall: this.wall }),
      idleSeconds: () => (this.idleMode === 'active' ? 0 : Math.max(0, (this.mono - this.lastInputMono) / 1000)),
      busy: {
        // the fake detectors: what setBusy said, for the kinds holdWhen turns on; answered at
        // once (checkNow) so that advance() stays synchronous
        checkNow: (holdWhen) => {
          const reason = this.busyReason;
          const on = DETECTOR_KINDS.some((k) => REASON_OF_KIND[k] === reason && (k === 'apps' ? holdWhen.apps.length > 0 : holdWhen[k]));
          return on ? reason : null;
        },
        check: async (holdWhen) => {
          const reason = this.busyReason;
          const on = DETECTOR_KINDS.some((k) => REASON_OF_KIND[k] === reason && (k === 'apps' ? holdWhen.apps.length > 0 : holdWhen[k]));
          return on ? reason : null;
        },
        availability: async () =>
          structuredClone(c.detectors ?? DETECTOR_KINDS.map((kind) => ({ kind, available: true, detail: 'the test host answers for it' }))),
      },
      random,
      settings: {
        load: () => structuredClone(this.stored),
        save: (state) => {
          if (this.failSave !== null) {
            const msg = this.failSave;
            this.failSave = null;
            throw new Error(msg);
          }
          this.stored = structuredClone(state);
        },
      },
      history: {
        append: (e) => {
          this.lines.push(serializeEvent(e));
        },
        read: () => {
          const parsed = parseLog(this.lines.join('\n'));
          return { entries: parsed.entries, notes: parsed.notes };
        },
        problem: () => this.historyProblem,
      },
    });
    this.appInstance = app;
    this.detach.push(
      app.on('break', (view) => {
        this.trackWindow(view);
        this.emit('break', view);
      }),
      app.on('settings', (view) => this.emit('settings', view)),
      app.on('history', () => this.emit('history', null)),
      app.on('status', (view) => this.emit('status', view)),
      app.on('prompt', (p) => void (this.promptVisible = p !== null)),
      // as the shell: every page hears the new locale, and the break page gets the current
      // break again with its texts in it (not through trackWindow: it does not show the window)
      app.on('locale', (tag) => {
        this.emit('locale', tag);
        void app.getBreak().then((view) => {
          if (view) this.emit('break', view);
        });
      }),
    );
    const follower = new LocaleFollower({
      // `locale` is the fake system's language (the pseudo-locale too, which no real system
      // asks for): "Same as the system" gives it; a language chosen in Settings wins over it
      language: () => {
        const chosen = app.settings.language;
        return chosen === 'system' && c.locale ? c.locale : chosen;
      },
      preferred: () => c.systemLanguages ?? [...navigator.languages],
      load: (tag) => loadCatalogTranslation(tag),
      apply: (tag, catalog) => app.setLocale(tag, catalog),
    });
    this.follower = follower;
    this.detach.push(app.on('settings', () => void follower.update()));
    void follower.update();
    // the constructor may already have shown a break (it ran before we listened)
    void app.getBreak().then((v) => {
      if (v) this.trackWindow(v);
    });
    if (c.advanceMinutes) this.advance(c.advanceMinutes * 60_000);
  }

  private trackWindow(view: BreakView | null): void {
    if (view) {
      this.windowVisible = true;
      this.windowBreakId = view.breakId;
      this.awaitingClose = false;
    } else if (!this.awaitingClose) {
      this.windowVisible = false;
      this.windowBreakId = null;
    }
  }

  private emit<E extends EventName>(name: E, payload: LimberEvents[E]): void {
    for (const l of this.pageListeners.get(name) ?? []) {
      try {
        (l as (p: LimberEvents[E]) => void)(structuredClone(payload));
      } catch (e) {
        console.error(`test host: a page listener for "${name}" threw`, e);
      }
    }
  }

  /** Rebuilds the app and tells the pages, as if Limber restarted with this state. */
  private rebuild(): void {
    const before = this.appInstance?.activeLocale ?? null;
    this.build();
    const app = this.appInstance!;
    void Promise.all([app.getBreak(), app.getSettings(), app.getStatus()]).then(([b, s, st]) => {
      this.emit('break', b);
      this.emit('settings', s);
      this.emit('history', null);
      this.emit('status', st);
    });
    // a new app that starts in another language tells the pages itself (its `locale` event); one
    // that stays in English after an app that was not must say so here
    void this.follower?.settled().then(() => {
      if (this.appInstance === app && before !== null && before !== app.activeLocale && app.activeLocale === SOURCE_LOCALE) this.emit('locale', app.activeLocale);
    });
  }

  // ------------------------------------------------------------------ time

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error('advance: ms must be >= 0');
    const app = this.app();
    const end = this.mono + ms;
    let guard = 0;
    while (app.wakeAt !== null && app.wakeAt <= end) {
      const step = Math.max(0, app.wakeAt - this.mono);
      this.mono += step;
      this.wall += step;
      if (this.idleMode === 'active') this.lastInputMono = this.mono;
      app.wake();
      if (++guard > 100_000) throw new Error('advance: the app keeps asking to be woken at the same time');
    }
    const rest = end - this.mono;
    this.mono += rest;
    this.wall += rest;
    if (this.idleMode === 'active') this.lastInputMono = this.mono;
  }

  setIdle(idle: number | 'active'): void {
    this.app();
    if (idle === 'active') {
      this.idleMode = 'active';
      this.lastInputMono = this.mono;
      // input arrives: the shell feeds a wake so the scheduler sees it promptly
      this.appInstance!.wake();
    } else {
      this.idleMode = 'idle';
      this.lastInputMono = this.mono - idle * 1000;
    }
  }

  input(input: SchedulerInput): void {
    this.app().input(input);
  }

  now(): Instant {
    this.app();
    return { mono: this.mono, wall: this.wall };
  }

  // ------------------------------------------------------------------ the bridge

  bridge(): LimberBridge {
    const call = <T>(method: string, arg: unknown, fn: () => Promise<T>): Promise<T> => {
      this.callLog.push({ method, arg: arg === undefined ? undefined : structuredClone(arg), at: this.wall });
      // a real IPC round trip: the answer is a copy, delivered asynchronously
      return Promise.resolve()
        .then(fn)
        .then((v) => (v === undefined ? v : structuredClone(v)));
    };
    const host = this;
    const api: LimberBridge = {
      getBreak: () => call('getBreak', undefined, () => host.app().getBreak()),
      breakAction: (action: BreakAction) =>
        call('breakAction', action, async () => {
          const app = host.app();
          const ends = action.type === 'complete' || action.type === 'partial' || action.type === 'stop';
          const id = (await app.getBreak())?.breakId ?? null;
          if (ends) host.awaitingClose = true; // the end view stays up until closeBreak
          const result = await app.breakAction(structuredClone(action));
          if (ends && !result.ok) host.awaitingClose = false;
          if (ends && result.ok) {
            host.windowVisible = true;
            host.windowBreakId = id;
          }
          return result;
        }),
      closeBreak: () =>
        call('closeBreak', undefined, async () => {
          host.awaitingClose = false;
          const current = await host.app().getBreak();
          if (!current) {
            host.windowVisible = false;
            host.windowBreakId = null;
          }
          host.closedCount++;
        }),
      getStatus: () => call('getStatus', undefined, () => host.app().getStatus()),
      getSettings: () => call('getSettings', undefined, () => host.app().getSettings()),
      updateSettings: (patch) => call('updateSettings', patch, () => host.app().updateSettings(structuredClone(patch))),
      restoreDefaults: () => call('restoreDefaults', undefined, () => host.app().restoreDefaults()),
      setExcluded: (req) => call('setExcluded', req, () => host.app().setExcluded({ ...req })),
      completeFirstRun: (patch) => call('completeFirstRun', patch, () => host.app().completeFirstRun(structuredClone(patch))),
      getCatalog: () => call('getCatalog', undefined, () => host.app().getCatalog()),
      getSafetyNotes: () => call('getSafetyNotes', undefined, () => host.app().getSafetyNotes()),
      getDetectors: () => call('getDetectors', undefined, () => host.app().getDetectors()),
      getLocale: () =>
        call('getLocale', undefined, async () => {
          const app = host.app();
          await host.follower?.settled();
          return app.getLocale();
        }),
      previewRoutine: () => call('previewRoutine', undefined, () => host.app().previewRoutine()),
      getHistory: () => call('getHistory', undefined, () => host.app().getHistory()),
      exportHistory: (kind) =>
        call('exportHistory', kind, async (): Promise<ExportResult> => {
          const outcome = host.exportOutcome;
          host.exportOutcome = 'ok';
          if (outcome === 'cancel') return { ok: false, cancelled: true };
          if (outcome !== 'ok') return { ok: false, reason: outcome.reason };
          const text = kind === 'raw' ? host.logText() : toCsv(parseLog(host.logText()).entries);
          const path = `memory://limber-history-${host.exported.length + 1}.${kind === 'raw' ? 'jsonl' : 'csv'}`;
          host.exported.push({ kind, path, text });
          return { ok: true, path };
        }),
      // the other windows are not part of this page: the call is recorded (see `calls()`)
      openWindow: (which) => call('openWindow', which, async () => undefined),
      on: (name, listener) => {
        let set = host.pageListeners.get(name);
        if (!set) host.pageListeners.set(name, (set = new Set()));
        const l = listener as (payload: never) => void;
        set.add(l);
        return () => void set.delete(l);
      },
    };
    return Object.freeze(api);
  }

  logText(): string {
    this.app();
    return this.lines.length ? `${this.lines.join('\n')}\n` : '';
  }

  // ------------------------------------------------------------------ controls

  controls(): TestControls {
    const host = this;
    return Object.freeze({
      advance: (ms: number) => host.advance(ms),
      advanceMinutes: (minutes: number) => host.advance(minutes * 60_000),
      setIdle: (idle: number | 'active') => host.setIdle(idle),
      setBusy: (reason: BusyReason | null) => void (host.busyReason = reason),
      stretchNow: () => host.input({ type: 'stretch-now' }),
      input: (input: SchedulerInput) => host.input(input),
      log: () => host.logText(),
      events: () => parseLog(host.logText()).entries.map(({ v: _v, line: _l, local: _lo, pending: _p, ...e }) => e as LimberEvent),
      loadLog: (text: string) => {
        host.config = { ...host.config, log: text };
        if (host.appInstance) host.rebuild();
      },
      settings: (patch: Partial<Settings>) => {
        host.config = { ...host.config, settings: { ...(host.config.settings ?? {}), ...patch } };
        if (host.appInstance) host.rebuild();
      },
      reset: (config?: TestHostConfig) => {
        host.config = { ...(config ?? host.config) };
        host.rebuild();
      },
      now: () => host.now(),
      breakWindow: () => ({ visible: host.windowVisible, breakId: host.windowBreakId, closed: host.closedCount, prompt: host.promptVisible }),
      currentBreak: () => host.peekBreak(),
      exports: () => host.exported.map((e) => ({ ...e })),
      nextExport: (outcome: 'ok' | 'cancel' | { reason: string }) => {
        host.exportOutcome = outcome;
      },
      setHistoryProblem: (message: string | null) => {
        host.historyProblem = message;
      },
      failNextSettingsSave: (message = 'the settings file could not be written (test)') => {
        host.failSave = message;
      },
      calls: () => host.callLog.map((c) => ({ ...c })),
      listeners: () => Object.fromEntries([...host.pageListeners].map(([k, v]) => [k, v.size])),
      activeLocale: () => host.app().activeLocale,
      localeSettled: async () => {
        host.app();
        await host.follower?.settled();
      },
      app: () => host.app(),
    });
  }

  private peekBreak(): BreakView | null {
    // LimberApp keeps the current view in a private field; the test host may look at it
    return ((this.app() as unknown as { current: BreakView | null }).current ?? null) as BreakView | null;
  }
}

const host = new TestHost({ ...configFromUrl(), ...(window.__limberTestConfig ?? {}) });
window.limber = host.bridge();
window.__limberTest = host.controls();
