// Plain-language numbers for the pages.

/** 45 → "45 s", 90 → "1 min 30 s", 120 → "2 min", 150 → "2½ min" when `approx`. */
export function formatDuration(seconds: number, approx = false): string {
  const s = Math.max(0, Math.round(seconds));
  if (approx) {
    if (s < 60) return `${Math.max(5, Math.round(s / 5) * 5)} s`;
    const halves = Math.round(s / 30);
    const whole = Math.floor(halves / 2);
    return halves % 2 ? `${whole === 0 ? '' : whole}½ min` : `${whole} min`;
  }
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const r = s % 60;
  return r ? `${m} min ${r} s` : `${m} min`;
}

/** 1 → "1 minute", 3 → "3 minutes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Local "HH:MM" for an epoch-ms wall time. */
export function clockTime(wall: number): string {
  const d = new Date(wall);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
