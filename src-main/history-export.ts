// "Export CSV" from the history window: a save dialog, then the HistoryLog writes the file.
import path from 'node:path';
import type { ExportResult } from './core/bridge';
import { csvSeparatorFor, type CsvSeparator } from './core/history/csv';
import { mainText, type MainTranslate } from './main-words';

/**
 * The CSV separator for this machine's number format (see core/history/csv.ts): the system's
 * regional format where Electron can tell it (`getSystemLocale`, which is what Excel follows),
 * else the app's locale, else the runtime's default.
 */
export function spreadsheetSeparator(app: { getSystemLocale?: () => string; getLocale?: () => string }): CsvSeparator {
  let locale: string | undefined;
  try {
    locale = app.getSystemLocale?.() || app.getLocale?.() || undefined;
  } catch {
    locale = undefined; // before `ready`, or an API this platform lacks
  }
  return csvSeparatorFor(locale);
}

export interface ExportDeps {
  showSaveDialog(options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
  exportCsv(dest: string): unknown;
  exportRaw(dest: string): void;
  defaultDir: string;
  /** local date for the suggested file name, e.g. 2026-03-02 */
  today: string;
}

export async function exportHistory(kind: 'csv' | 'raw', deps: ExportDeps, t: MainTranslate = mainText().t): Promise<ExportResult> {
  const ext = kind === 'csv' ? 'csv' : 'jsonl';
  const { canceled, filePath } = await deps.showSaveDialog({
    title: t(kind === 'csv' ? 'main.export.csvTitle' : 'main.export.rawTitle'),
    defaultPath: path.join(deps.defaultDir, `limber-history-${deps.today}.${ext}`),
    filters: [kind === 'csv' ? { name: t('main.export.csvFilter'), extensions: ['csv'] } : { name: t('main.export.rawFilter'), extensions: ['jsonl'] }],
  });
  if (canceled || !filePath) return { ok: false, cancelled: true };
  try {
    if (kind === 'csv') deps.exportCsv(filePath);
    else deps.exportRaw(filePath);
    return { ok: true, path: filePath };
  } catch (err) {
    return { ok: false, reason: t('main.export.writeFailed', { path: filePath, error: (err as Error).message }) };
  }
}

export function localDate(wall: number): string {
  const d = new Date(wall);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
