// The pure core of the history log (SPEC §6): line format, parsing, statistics, CSV.
// No electron, no fs, no clock reads: the shell's HistoryLog (src-main/history-log.ts) does the I/O.
export * from './time';
export * from './format';
export * from './stats';
export * from './csv';
export * from './notes';
