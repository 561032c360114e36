// The renderer's handle on the main process: `window.limber`, put there by the preload in
// Electron and by the test host in the browser tests. Only TYPES come from src-main/core: a
// page never bundles core code (the data arrives through the bridge).
import type { LimberBridge } from '../../src-main/core/bridge';

export type {
  ActionResult,
  BreakAction,
  BreakView,
  EventName,
  ExerciseView,
  HistoryView,
  LimberBridge,
  LimberEvents,
  PreviewResult,
  RoutineView,
  SettingsResult,
  SettingsView,
  StatusView,
  TodayProgress,
} from '../../src-main/core/bridge';

declare global {
  interface Window {
    limber?: LimberBridge;
  }
}

const REQUIRED = ['getBreak', 'getStatus', 'on'] as const;

/** The bridge, or null when the page was opened without one (then show `BridgeMissing`). */
export function findBridge(): LimberBridge | null {
  const b = typeof window === 'undefined' ? undefined : window.limber;
  if (!b || typeof b !== 'object') return null;
  return REQUIRED.every((k) => typeof (b as unknown as Record<string, unknown>)[k] === 'function') ? b : null;
}

let cached: LimberBridge | null = null;

/** The bridge; throws when missing (pages check `findBridge()` first via `mountPage`). */
export function bridge(): LimberBridge {
  cached ??= findBridge();
  if (!cached) throw new Error('window.limber is missing: this page must be opened by Limber');
  return cached;
}

/**
 * What a page may show of a rejected bridge call: the main process's own text, without the frame
 * Electron's invoke() puts around it ("Error invoking remote method 'limber:…': Error: "), which
 * is English whatever the language. The main process words what it sends in the person's
 * language (main.bridge.refused, a failed save); a page puts it in a message of its own.
 */
export function rejectionText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}
