// Child process for history-summary-crash.test.ts: appends events (a JSON file of LimberEvents)
// to the history log with its summary on, and SIGKILLs itself the `nth` time it reaches the fault
// point — between the log line being on disk and the summary being written (or with the new
// summary written to its temporary file but not yet renamed).
//   node --import tsx history-summary-child.ts <dir> <events.json> <fault point> <nth>
import * as fs from 'node:fs';
import type { LimberEvent } from '../../src-main/core/events';
import { HistoryLog } from '../../src-main/history-log';
import type { SummaryFaultPoint } from '../../src-main/history-summary';

const [dir, eventsFile, point, nth] = process.argv.slice(2) as [string, string, SummaryFaultPoint, string];
let reached = 0;
const log = new HistoryLog({
  dir,
  summary: {
    fault: (p) => {
      if (p === point && ++reached === Number(nth)) process.kill(process.pid, 'SIGKILL');
    },
  },
});
const events = JSON.parse(fs.readFileSync(eventsFile, 'utf8')) as LimberEvent[];
for (const e of events) if (!log.append(e)) throw new Error('append failed');
log.flushSummary();
