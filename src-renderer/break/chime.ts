// Soft sounds synthesised with WebAudio (no sound files): the two-note chime when a break
// appears and when the routine is done, and short cues during the routine (the end of a hold,
// a change of side, the next exercise, "begin" after get-ready), each with its own shape so
// they can be told apart without looking.
//
// One audio context for the page, made at the first sound and suspended as soon as the last
// note ringing has ended: between sounds it renders nothing and holds no output device, so the
// page stays silent and idle. A context per sound (as this file once did) opened a new output
// stream to the system's sound server (PulseAudio or PipeWire, WASAPI, Core Audio) for every cue
// of a routine — slower to start, and more work each time than waking a suspended one.
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

/** The page's sound output: one context, reused; suspended whenever no sound is ringing. */
export class SoundOut {
  private ctx: AudioContext | null = null;
  /** sounds started and not yet ended */
  private ringing = 0;
  /** a suspend was asked for (and may not have taken effect yet) */
  private asleep = false;

  constructor(private readonly AC: Ctx | undefined) {}

  private context(): AudioContext | null {
    if (!this.ctx && this.AC) {
      try {
        this.ctx = new this.AC();
      } catch {
        return null;
      }
    }
    return this.ctx;
  }

  play(kind: keyof typeof SOUNDS): void {
    const ctx = this.context();
    if (!ctx) return;
    const sound = SOUNDS[kind];
    // while suspended the context's clock stands still: the notes start 50 ms after it wakes
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
    if (!last) return;
    this.ringing++;
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      master.disconnect();
      if (--this.ringing === 0 && ctx.state === 'running') {
        this.asleep = true;
        void ctx.suspend().catch(() => undefined);
      }
    };
    last.onended = end;
    // wake it (a suspend asked for at the last sound's end may still be on its way: the context
    // carries out suspend and resume in the order asked); a context the autoplay policy keeps
    // suspended would never play these notes: drop them, so they cannot sound late when it wakes
    if (this.asleep || ctx.state === 'suspended') {
      this.asleep = false;
      void ctx.resume().then(() => (ctx.state === 'suspended' ? end() : undefined), end);
    }
  }
}

let out: SoundOut | null = null;
/** The page's one sound output (made at the first sound). */
function speaker(): SoundOut {
  return (out ??= new SoundOut((window as unknown as { AudioContext?: Ctx }).AudioContext));
}

function play(kind: keyof typeof SOUNDS): void {
  speaker().play(kind);
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
