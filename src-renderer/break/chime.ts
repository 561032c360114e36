// Soft sounds synthesised with WebAudio (no sound files): the two-note chime when a break
// appears and when the routine is done, and short cues during the routine (the end of a hold,
// a change of side, the next exercise, "begin" after get-ready), each with its own shape so
// they can be told apart without looking. The audio context exists only while a sound rings:
// it is closed when the last note ends, so the page stays silent and idle afterwards.
import type { CueKind } from './guidance';

type Ctx = typeof AudioContext;

interface Note {
  freq: number;
  /** seconds after the start */
  at: number;
  /** seconds to fade out */
  length: number;
  type?: OscillatorType;
}

/** The notes of every sound. Quiet, short, sine/triangle only: nothing sharp. */
export const SOUNDS: Record<'start' | 'end' | CueKind, { notes: Note[]; gain: number }> = {
  // break appears: a rising fifth
  start: { gain: 0.18, notes: [{ freq: 523.25, at: 0, length: 1.4 }, { freq: 783.99, at: 0.32, length: 1.4 }] },
  // routine done: a settled major third downwards
  end: { gain: 0.18, notes: [{ freq: 659.25, at: 0, length: 1.4 }, { freq: 523.25, at: 0.32, length: 1.4 }] },
  // a hold ends: one low, soft falling tone ("let go")
  release: { gain: 0.16, notes: [{ freq: 392.0, at: 0, length: 0.7, type: 'triangle' }] },
  // the other side: two quick taps on the same note
  side: { gain: 0.14, notes: [{ freq: 587.33, at: 0, length: 0.35 }, { freq: 587.33, at: 0.22, length: 0.45 }] },
  // the next exercise: a short rising three-note figure
  next: {
    gain: 0.13,
    notes: [
      { freq: 523.25, at: 0, length: 0.5 },
      { freq: 659.25, at: 0.14, length: 0.5 },
      { freq: 783.99, at: 0.28, length: 0.8 },
    ],
  },
  // get-ready is over, move now: one bright short note
  begin: { gain: 0.12, notes: [{ freq: 880.0, at: 0, length: 0.5 }] },
};

function play(kind: keyof typeof SOUNDS): void {
  const AC: Ctx | undefined = (window as unknown as { AudioContext?: Ctx }).AudioContext;
  if (!AC) return;
  let ctx: AudioContext;
  try {
    ctx = new AC();
  } catch {
    return;
  }
  const sound = SOUNDS[kind];
  const t0 = ctx.currentTime + 0.05;
  const master = ctx.createGain();
  master.gain.value = sound.gain;
  master.connect(ctx.destination);
  let last: OscillatorNode | null = null;
  let lastEnd = -1;
  for (const n of sound.notes) {
    const start = t0 + n.at;
    const osc = ctx.createOscillator();
    osc.type = n.type ?? 'sine';
    osc.frequency.value = n.freq;
    if (kind === 'release') osc.frequency.exponentialRampToValueAtTime(n.freq * 0.84, start + n.length);
    const env = ctx.createGain();
    env.gain.setValueAtTime(0.0001, start);
    env.gain.exponentialRampToValueAtTime(1, start + 0.03);
    env.gain.exponentialRampToValueAtTime(0.0001, start + n.length);
    osc.connect(env).connect(master);
    osc.start(start);
    osc.stop(start + n.length + 0.05);
    if (start + n.length > lastEnd) {
      lastEnd = start + n.length;
      last = osc;
    }
  }
  const done = (): void => void ctx.close().catch(() => undefined);
  if (last) (last as OscillatorNode).onended = done;
  // a context the autoplay policy keeps suspended would never end its notes
  if (ctx.state === 'suspended') void ctx.resume().then(() => (ctx.state === 'suspended' ? done() : undefined), done);
}

/** The chime at a break's start and at the end of the routine. */
export function chime(kind: 'start' | 'end'): void {
  play(kind);
}

/** A cue during the routine. */
export function cue(kind: CueKind): void {
  play(kind);
}

/** Whether this platform can speak (Web Speech synthesis). */
export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
}

/** Says a step aloud in `lang` (the page's language, so a voice for it is chosen), cutting off whatever was still being said. */
export function speak(text: string, lang: string): void {
  if (!canSpeak()) return;
  try {
    window.speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang;
    u.rate = 0.95;
    window.speechSynthesis.speak(u);
  } catch {
    // speech is an extra; the screen says the same
  }
}

/** Stops speaking (the routine ended or paused). */
export function hush(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}
