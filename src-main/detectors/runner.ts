// The BusyPort the shell hands the core: runs the detectors that `holdWhen` turns on, all at
// once, under one time limit. A detector that throws, rejects or is late counts as "not busy"
// (SPEC §3.12: a broken detector must never hold breaks forever).
import { BUSY_REASONS, DETECTOR_KINDS, REASON_OF_KIND, type BusyPort, type BusyReason, type DetectorAvailability, type DetectorKind } from '../core/busy';
import type { HoldWhen } from '../core/settings';
import { say } from './words';

export interface Detector {
  readonly kind: DetectorKind;
  /** true = busy. May throw or reject: that reads as "not busy". */
  detect(holdWhen: Readonly<HoldWhen>): Promise<boolean>;
  /** Whether it can work here, and what it uses (or why not). Must not throw. */
  availability(): Promise<Omit<DetectorAvailability, 'kind'>>;
  /** Releases connections, if any. */
  dispose?(): void;
}

/** A detector for a kind this platform cannot observe: says so (worded when asked), never busy. */
export function unavailable(kind: DetectorKind, detail: string | (() => string)): Detector {
  return {
    kind,
    detect: async () => false,
    availability: async () => ({ available: false, detail: typeof detail === 'string' ? detail : detail() }),
  };
}

export const CHECK_TIMEOUT_MS = 1500;

export interface BusyDetectors extends BusyPort {
  /** the reasons found by the last check, with the detectors that failed (for logs and tests) */
  readonly lastCheck: { reasons: BusyReason[]; failed: DetectorKind[] } | null;
  dispose(): void;
}

function enabled(kind: DetectorKind, h: Readonly<HoldWhen>): boolean {
  return kind === 'apps' ? h.apps.length > 0 : h[kind];
}

/** Resolves with `fallback` once `ms` has passed, or with the promise's value if it comes first. */
export function within<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

export function createBusyPort(detectors: readonly Detector[], opts: { timeoutMs?: number; log?: (m: string) => void } = {}): BusyDetectors {
  const timeoutMs = opts.timeoutMs ?? CHECK_TIMEOUT_MS;
  const byKind = new Map<DetectorKind, Detector[]>();
  for (const d of detectors) byKind.set(d.kind, [...(byKind.get(d.kind) ?? []), d]);
  let lastCheck: BusyDetectors['lastCheck'] = null;

  return {
    get lastCheck() {
      return lastCheck;
    },
    async check(holdWhen) {
      const running = detectors
        .filter((d) => enabled(d.kind, holdWhen))
        .map(async (d) => {
          const failed = Symbol('failed');
          const r = await within<boolean | typeof failed>(
            Promise.resolve().then(() => d.detect(holdWhen)),
            timeoutMs,
            failed,
          ).catch(() => failed);
          return { kind: d.kind, busy: r === true, failed: r === failed };
        });
      const results = await Promise.all(running);
      const failed = results.filter((r) => r.failed).map((r) => r.kind);
      if (failed.length) opts.log?.(`busy check: no answer from ${failed.join(', ')} (counted as not busy)`);
      const found = new Set(results.filter((r) => r.busy).map((r) => REASON_OF_KIND[r.kind]));
      const reasons = BUSY_REASONS.filter((r) => found.has(r));
      lastCheck = { reasons, failed };
      return reasons[0] ?? null;
    },
    async availability() {
      const out: DetectorAvailability[] = [];
      for (const kind of DETECTOR_KINDS) {
        const list = byKind.get(kind) ?? [];
        if (!list.length) {
          out.push({ kind, available: false, detail: say('main.detector.notOnDesktop', {}, 'not available on this desktop') });
          continue;
        }
        const answers = await Promise.all(
          list.map((d) => within(d.availability(), timeoutMs, { available: false, detail: say('main.detector.noAnswer', {}, 'did not answer in time') }).catch((e: unknown) => ({ available: false, detail: String(e) }))),
        );
        const ok = answers.filter((a) => a.available);
        out.push({
          kind,
          available: ok.length > 0,
          detail: (ok.length ? ok : answers).map((a) => a.detail).join('; '),
        });
      }
      return out;
    },
    dispose() {
      for (const d of detectors) d.dispose?.();
    },
  };
}
