// The app's HistoryPort over the history file (HistoryLog, src-main/history-log.ts).
import type { HistoryPort } from './core/app';
import type { LimberEvent } from './core/events';
import type { HistoryNote, HistoryStats, StatsOptions } from './core/history';
import { HistoryLog } from './history-log';
import { mainText } from './main-words';

export class HistoryFile implements HistoryPort {
  readonly log: HistoryLog;
  private lastProblem: string | null = null;

  constructor(dir: string, onProblem: (message: string) => void = () => {}) {
    this.log = new HistoryLog({
      dir,
      summary: true,
      words: () => mainText().t,
      onProblem: (message) => {
        this.lastProblem = message;
        onProblem(message);
      },
      onRecovered: () => {
        this.lastProblem = null;
      },
    });
  }

  append(e: LimberEvent): void {
    this.log.append(e);
  }

  read(): { entries: ReturnType<HistoryLog['readAll']>['entries']; notes: HistoryNote[] } {
    const r = this.log.readAll();
    return { entries: r.entries, notes: r.notes };
  }

  readSince(since: number): { entries: ReturnType<HistoryLog['readAll']>['entries']; notes: HistoryNote[] } {
    return this.log.readSince(since);
  }

  problem(): string | null {
    return this.lastProblem;
  }

  summary(opts: StatsOptions): { stats: HistoryStats; notes: HistoryNote[] } {
    return { stats: this.log.stats(opts), notes: this.log.statsNotes };
  }
}
