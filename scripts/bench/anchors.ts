// The competitors' measured footprint, as recorded in the project's ANCHORS.md (shared/, November
// 2026). Their figures, not ours: printed next to Limber's for reference only.

export const ANCHORS = {
  source: 'ANCHORS.md (Stretchly 1.16, BreakTimer 2.1; measured on this kind of machine, November 2026)',
  wakeUps8h: {
    stretchly: { value: 60_481, note: 'idle poll 1 s, DND poll 1 s, tray 10 s' },
    breakTimer: { value: 34_560, note: '1 s tick, 5 s tray' },
  },
  breakPageGzipKB: {
    stretchly: { value: 131, note: '+54 KB SVG' },
    breakTimer: { value: 196, note: '+331 KB web fonts' },
  },
  navToVisibleMs: {
    stretchly: { value: null, note: 'needs Electron' },
    breakTimer: { value: 1300, note: '303 ms without its built-in 1 s delay' },
  },
  /** a break showing, 120 s in headless Chromium: CPU share of a core, layouts a second, timer fires a second */
  runningBreak: {
    stretchly: { cpuPercent: 3.8, layouts: 10, timers: 10 },
    breakTimer: { cpuPercent: 17.5, layouts: 59, timers: 19.5 },
    limberBefore: { cpuPercent: 17, layouts: 53, timers: 1.2, note: 'Limber with the SMIL figure (issue 13)' },
  },
  memory: {
    stretchly: { value: 260, note: 'MB typical, reported by users; GBs after leaked renderers' },
  },
} as const;
