// A soft two-note chime synthesised with WebAudio (no sound files). The audio context exists
// only while the chime rings: it is closed when the last note ends, so the page stays silent
// and idle afterwards.

type Ctx = typeof AudioContext;

export function chime(kind: 'start' | 'end'): void {
  const AC: Ctx | undefined = (window as unknown as { AudioContext?: Ctx }).AudioContext;
  if (!AC) return;
  let ctx: AudioContext;
  try {
    ctx = new AC();
  } catch {
    return;
  }
  // start: rising fifth; end: a settled major third downwards
  const notes = kind === 'start' ? [523.25, 783.99] : [659.25, 523.25];
  const t0 = ctx.currentTime + 0.05;
  const master = ctx.createGain();
  master.gain.value = 0.18;
  master.connect(ctx.destination);
  let last: OscillatorNode | null = null;
  notes.forEach((freq, i) => {
    const start = t0 + i * 0.32;
    const osc = ctx.createOscillator();
    osc.type = 'sine';
    osc.frequency.value = freq;
    const env = ctx.createGain();
    env.gain.setValueAtTime(0.0001, start);
    env.gain.exponentialRampToValueAtTime(1, start + 0.03);
    env.gain.exponentialRampToValueAtTime(0.0001, start + 1.4);
    osc.connect(env).connect(master);
    osc.start(start);
    osc.stop(start + 1.45);
    last = osc;
  });
  const done = (): void => void ctx.close().catch(() => undefined);
  if (last) (last as OscillatorNode).onended = done;
  // a context the autoplay policy keeps suspended would never end its notes
  if (ctx.state === 'suspended') void ctx.resume().then(() => (ctx.state === 'suspended' ? done() : undefined), done);
}
