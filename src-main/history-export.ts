// "Export CSV" from the history window: a save dialog, then the HistoryLog writes the file.
import path from 'node:path';
import type { ExportResult } from './core/bridge';
import { CSV_COLUMNS, csvSeparatorFor, type CsvColumn, type CsvSeparator } from './core/history/csv';
import type { MainId } from './core/i18n/translate';
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

const CSV_HEADER_IDS: Readonly<Record<CsvColumn, MainId>> = {
  'Date': 'main.csv.date',
  'Time': 'main.csv.time',
  'Outcome': 'main.csv.outcome',
  'Duration (s)': 'main.csv.duration',
  'Done (%)': 'main.csv.done',
  'Exercises done': 'main.csv.exercisesDone',
  'Exercises done (ids)': 'main.csv.exercisesDoneIds',
  'Stopped at': 'main.csv.stoppedAt',
  'Stopped at (id)': 'main.csv.stoppedAtId',
  'Routine': 'main.csv.routine',
  'Routine (ids)': 'main.csv.routineIds',
  'Snoozes': 'main.csv.snoozes',
  'Trigger': 'main.csv.trigger',
  'End date': 'main.csv.endDate',
  'End time': 'main.csv.endTime',
  'Break id': 'main.csv.breakId',
};

/** The CSV's header labels in the person's language, in the fixed column order (core/history/csv.ts). */
export function csvHeaders(t: MainTranslate = mainText().t): string[] {
  return CSV_COLUMNS.map((c) => t(CSV_HEADER_IDS[c]));
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
