// Start and end poses of every exercise. Base poses (standing, sitting, on all fours, lying)
// are tweaked per exercise; see skeleton.ts for the angle conventions.
//
// Views: most figures are in profile facing right. Side bends and the stand-tall reset are
// seen from the front; the lying twists are seen from above (a `front` view of a figure lying
// with its head on the left), the side-lying leg lift from the belly side. A twist in profile
// turns the chest towards the viewer (`sw`) while the hips and legs stay in profile.
import { MAT_TOP_MID_Y } from './render';
import type { PoseSpec, PropSpec } from './skeleton';

export interface IllustrationSpec {
  start: PoseSpec;
  end: PoseSpec;
  /**
   * A third position some alternating exercises pass through between the sides (knee rolls'
   * knee hug, seed 003): the player draws it during the round's way back to the middle and the
   * hold there (pose fraction −1, break/figure-motion.ts). It must be its own mirror image, so
   * the figure can leave it for either side.
   */
  middle?: PoseSpec;
}

const FLOORLINE: PropSpec = { kind: 'floor' };
const MAT: PropSpec = { kind: 'mat' };
const MAT_TOP: PropSpec = { kind: 'mat', top: true };
const CHAIR: PropSpec = { kind: 'chair', x: 47, seat: 77 };
const CHAIR_FRONT: PropSpec = { kind: 'chair', x: 50, seat: 77, view: 'front' };
/** sitting towards the front of the seat (the seat ends at x 56), as the steps ask */
const FRONT_OF_SEAT = 51;

type Patch = Partial<PoseSpec>;
const with_ = (base: PoseSpec, patch: Patch): PoseSpec => ({ ...base, ...patch });

// ── base poses ─────────────────────────────────────────────────────────────────────────────
const STAND: PoseSpec = {
  view: 'side',
  x: 50,
  y: 56,
  torso: 0,
  armA: [172, 168],
  armB: [186, 190],
  legA: [180, 180],
  legB: [177, 183],
  props: [FLOORLINE],
};
const STAND_FRONT: PoseSpec = {
  view: 'front',
  x: 50,
  y: 56,
  torso: 0,
  armA: [168, 176],
  armB: [192, 184],
  legA: [178, 180],
  legB: [182, 180],
  props: [FLOORLINE],
};
const SIT: PoseSpec = {
  view: 'side',
  x: 43,
  y: 74,
  torso: 0,
  armA: [165, 112],
  armB: [168, 110],
  legA: [90, 180],
  legB: [86, 177],
  props: [FLOORLINE, CHAIR],
};
const ALL4: PoseSpec = {
  view: 'side',
  x: 38,
  y: 71,
  torso: 78,
  armA: [180, 180],
  armB: [177, 177],
  legA: [180, -90, -90],
  legB: [177, -92, -92],
  props: [MAT],
};
const SUPINE: PoseSpec = {
  view: 'side',
  x: 60,
  y: 86,
  torso: -90,
  armA: [100, 88],
  armB: [97, 90],
  legA: [38, 160, 90],
  legB: [43, 163, 92],
  props: [MAT],
};
const PRONE: PoseSpec = {
  view: 'side',
  x: 40,
  y: 86,
  torso: 90,
  armA: [-115, 88],
  armB: [-112, 90],
  legA: [-90, -90, 180],
  legB: [-92, -88, 180],
  props: [MAT],
};
/** lying on the back seen from above, head on the left, arms out wide */
const LIE_TOP: PoseSpec = {
  view: 'front',
  x: 57,
  y: MAT_TOP_MID_Y, // the spine on the mat's centre line: the left side's drawing flips about it
  torso: -90,
  look: null,
  armA: [-20, 0],
  armB: [200, 180],
  legA: [90, 90, 90],
  legB: [90, 90, 90],
  sw: 6,
  hw: 4,
  props: [MAT_TOP],
};
/** sitting on a chair, seen from the front: thighs come towards the viewer (foreshortened) */
const SIT_FRONT: PoseSpec = {
  view: 'front',
  x: 50,
  y: 74,
  torso: 0,
  sw: 7,
  hw: 4.5,
  // hands on the knees, elbows out
  armA: [154, -152],
  armB: [206, 152],
  legA: [172, 180, undefined, 0.3, 0.69],
  legB: [188, 180, undefined, 0.3, 0.69],
  props: [FLOORLINE, CHAIR_FRONT],
};
/** on hands and knees seen from above: head on the right, knees under the hips, shins back along the mat */
const ALL4_TOP: PoseSpec = {
  view: 'front',
  x: 40,
  y: MAT_TOP_MID_Y,
  torso: 90,
  look: null,
  sw: 6,
  hw: 4.5,
  armA: [100, 90, 0.35, 0.35],
  armB: [80, 90, 0.35, 0.35],
  legA: [100, -90, -90, 0.08],
  legB: [80, -90, -90, 0.08],
  props: [MAT_TOP],
};
// hips over a stability ball, hands and toes on the floor
const BALL_PRONE: PoseSpec = {
  view: 'side',
  x: 44,
  y: 66,
  torso: 100,
  armA: [180, 180],
  armB: [177, 177],
  legA: [-128, -128, 160],
  legB: [-125, -125, 160],
  props: [FLOORLINE, { kind: 'ball', x: 44, y: 80, r: 11 }],
};

export const ILLUSTRATIONS: Record<string, IllustrationSpec> = {
  // ── seated on a chair ───────────────────────────────────────────────────────────────────
  // from the front: the hips stay square while the shoulders turn (narrower) and the face turns
  'seated-rotation': {
    start: SIT_FRONT,
    // turned to the right: the arms go round with the chest (one hand to the far knee, the other back)
    end: with_(SIT_FRONT, { sw: 3, look: -90, head: -4, armA: [176, 234], armB: [257, 171] }),
  },
  'chair-spinal-twist': {
    start: SIT,
    end: with_(SIT, { sw: -6, look: null, armA: [205, 175], armB: [150, 105] }),
  },
  'seated-knee-to-chest': {
    start: SIT,
    end: with_(SIT, { legA: [35, 175], armA: [150, 60], armB: [148, 62] }),
  },
  'seated-figure-four': {
    start: with_(SIT, { legA: [78, -95, -95, 0.95, 0.6], armA: [160, 120] }),
    end: with_(SIT, { torso: 38, head: 8, legA: [78, -95, -95, 0.95, 0.6], armA: [150, 115], armB: [155, 110] }),
  },
  // at the front edge of the seat; the chest leads with a long back, the hands stay on the thigh
  // (its caution: reach with the chest, not the hands)
  'seated-hamstring-stretch': {
    start: with_(SIT, { x: 53, legA: [100, 135, 20], armA: [179, 126], armB: [182, 122] }),
    end: with_(SIT, { x: 53, torso: 36, head: 4, legA: [100, 135, 20], armA: [193, 123], armB: [204, 122] }),
  },
  'seated-cat-cow': {
    start: with_(SIT, { x: FRONT_OF_SEAT, torso: 10, bend: 6, head: 40, armA: [145, 120], armB: [148, 118] }),
    end: with_(SIT, { x: FRONT_OF_SEAT, torso: -4, bend: -5, head: -30, armA: [150, 118], armB: [152, 116] }),
  },
  'seated-march': {
    start: with_(SIT, { x: FRONT_OF_SEAT, armA: [182, 178], armB: [184, 176] }),
    end: with_(SIT, { x: FRONT_OF_SEAT, armA: [182, 178], armB: [184, 176], legA: [68, 172] }),
  },
  // seen from the front on a chair seen from the front: thighs point at the viewer (short),
  // shins down to the floor; the arms overhead as in the half moon, the pelvis stays on the seat
  'seated-side-bend': {
    start: {
      view: 'front',
      x: 50,
      y: 74,
      torso: 0,
      hw: 4,
      armA: [5, -35],
      armB: [-5, 35],
      legA: [160, 180, undefined, 0.3, 0.7],
      legB: [200, 180, undefined, 0.3, 0.7],
      props: [FLOORLINE, { kind: 'chair', x: 50, seat: 77, view: 'front' }],
    },
    end: {
      view: 'front',
      x: 50,
      y: 74,
      torso: -18,
      bend: -3,
      hw: 4,
      armA: [-13, -53],
      armB: [-23, 17],
      legA: [160, 180, undefined, 0.3, 0.7],
      legB: [200, 180, undefined, 0.3, 0.7],
      props: [FLOORLINE, { kind: 'chair', x: 50, seat: 77, view: 'front' }],
    },
  },
  'seated-abdominal-bracing': {
    start: with_(SIT, { torso: -9, bend: 6, head: 12, armA: [175, 70] }),
    end: with_(SIT, { torso: 0, bend: -1, armA: [172, 72] }),
  },

  // ── standing ────────────────────────────────────────────────────────────────────────────
  'forward-bend': {
    start: STAND,
    end: with_(STAND, { x: 47, torso: 128, bend: 7, head: 25, armA: [176, 172], armB: [180, 178], legA: [176, 186], legB: [174, 188] }),
  },
  'half-moon': {
    start: with_(STAND_FRONT, { armA: [5, -35], armB: [-5, 35], legA: [180, 180], legB: [180, 180], hw: 2.5 }),
    end: with_(STAND_FRONT, { x: 53, torso: -24, bend: -3, armA: [-19, -59], armB: [-29, 11], legA: [174, 180], legB: [176, 182], hw: 2.5 }),
  },
  'standing-hip-hinge': {
    start: with_(STAND, { armA: [4, 2], armB: [8, 6] }),
    end: with_(STAND, { x: 43, y: 56.5, torso: 102, head: 0, armA: [178, 178], armB: [182, 182], legA: [168, 190], legB: [166, 192] }),
  },
  'lunge-hamstring-reach': {
    start: with_(STAND, { y: 57, armA: [90, 90], armB: [92, 92], legA: [150, 178], legB: [205, 215, 160] }),
    end: with_(STAND, { x: 46, y: 58.5, torso: 35, armA: [30, 30], armB: [34, 34], legA: [160, 165, 95], legB: [212, 220, 160] }),
  },
  'tall-stand': {
    start: with_(STAND_FRONT, { hw: 2.5, legA: [180, 180, 250], legB: [180, 180, 110] }),
    end: with_(STAND_FRONT, { y: 55, hw: 2.5, armA: [5, -35], armB: [-5, 35], legA: [180, 180, 250], legB: [180, 180, 110] }),
  },
  'standing-side-leg-raise': {
    start: with_(STAND_FRONT, {
      x: 52,
      armB: [215, 205],
      props: [FLOORLINE, { kind: 'desk', x0: 4, x1: 34, top: 62 }],
    }),
    end: with_(STAND_FRONT, {
      x: 52,
      torso: -4,
      armB: [212, 205],
      legA: [150, 150],
      props: [FLOORLINE, { kind: 'desk', x0: 4, x1: 34, top: 62 }],
    }),
  },
  'standing-back-extension': {
    start: with_(STAND, { armA: [210, 150], armB: [214, 152] }),
    end: with_(STAND, { x: 52, torso: -18, bend: -4, head: -12, armA: [195, 140], armB: [198, 142], legA: [182, 176], legB: [180, 178] }),
  },
  // the feet already walked back (a setup step), hips piked: the movement draws the body into
  // one line from head to heels, the feet staying on the floor
  'desk-plank': {
    start: with_(STAND, {
      x: 30,
      y: 56.8,
      torso: 84,
      armA: [110, 116],
      armB: [112, 118],
      legA: [-147, -152, 172],
      legB: [-145, -150, 172],
      props: [FLOORLINE, { kind: 'desk', x0: 68, x1: 98, top: 60 }],
    }),
    end: with_(STAND, {
      x: 36,
      y: 65.8,
      torso: 52,
      armA: [118, 112],
      armB: [120, 114],
      legA: [-128, -128, 170],
      legB: [-126, -126, 170],
      props: [FLOORLINE, { kind: 'desk', x0: 68, x1: 98, top: 60 }],
    }),
  },

  // ── on all fours ────────────────────────────────────────────────────────────────────────
  'cat-cow': {
    start: with_(ALL4, { bend: 7, head: 55 }),
    end: with_(ALL4, { bend: -6, head: -30 }),
  },
  // from above: the hands walk over to one side, the hips sit back towards the heels and the
  // other way — the side of the back between them lengthens (a curve, not a rock back)
  'kneeling-back-stretch': {
    start: ALL4_TOP,
    end: with_(ALL4_TOP, {
      x: 33,
      y: 55,
      torso: 108,
      bend: 4,
      head: 12,
      armA: [150, 145, 1, 1],
      armB: [108, 112, 1, 1],
      legA: [114.6, -90, -90, 0.43],
      legB: [123.7, -90, -90, 0.28],
    }),
  },
  'backward-rock': {
    start: ALL4,
    end: with_(ALL4, { x: 31, y: 74, torso: 80, armA: [162, 150], armB: [160, 148], legA: [155, -90, -90], legB: [152, -92, -92] }),
  },
  'forward-rock': {
    start: ALL4,
    end: with_(ALL4, { x: 43, y: 73, torso: 80, armA: [195, 192], armB: [192, 190], legA: [198, -90, -90], legB: [195, -92, -92] }),
  },
  'bird-dog': {
    start: with_(ALL4, { x: 43 }),
    end: with_(ALL4, { x: 43, armA: [82, 84], legB: [-95, -93, -93] }),
  },
  'downward-dog': {
    start: with_(ALL4, { x: 44, y: 74, torso: 70, bend: 0, armA: [180, 180], armB: [178, 178], legA: [-110, -110, 150], legB: [-108, -108, 150] }),
    end: with_(ALL4, { x: 44, y: 56, torso: 140, armA: [142, 142], armB: [140, 140], legA: [-150, -150, 115], legB: [-148, -148, 115] }),
  },

  // ── face down ───────────────────────────────────────────────────────────────────────────
  'forearm-plank': {
    start: with_(PRONE, { x: 40, y: 87, torso: 66, armA: [182, 90], armB: [180, 92] }),
    end: with_(PRONE, { x: 40, y: 80, torso: 84, armA: [182, 90], armB: [180, 92], legA: [-100, -100, 175], legB: [-98, -98, 175] }),
  },
  'prone-press-up': {
    start: PRONE,
    end: with_(PRONE, { torso: 62, bend: -4, head: -10, armA: [175, 95], armB: [173, 97] }),
  },
  superman: {
    start: with_(PRONE, { armA: [96, 92], armB: [98, 94] }),
    end: with_(PRONE, { bend: -2, head: -8, armA: [78, 78], armB: [98, 94], legB: [-78, -80, 180] }),
  },

  // ── on the back, in profile ─────────────────────────────────────────────────────────────
  'abdominal-bracing': {
    start: with_(SUPINE, { bend: -5 }),
    end: with_(SUPINE, { bend: 1, legA: [36, 160, 90], legB: [41, 163, 92] }),
  },
  'glute-bridge': {
    start: SUPINE,
    end: with_(SUPINE, { y: 74, torso: -122, head: 32, legA: [70, 168, 95], legB: [73, 170, 97], armA: [60, 88], armB: [58, 90] }),
  },
  'bridge-leg-raise': {
    start: with_(SUPINE, { y: 74, torso: -122, head: 32, legA: [70, 168, 95], legB: [73, 170, 97], armA: [60, 88], armB: [58, 90] }),
    end: with_(SUPINE, { y: 74, torso: -122, head: 32, legA: [62, 65, 60], legB: [73, 170, 97], armA: [60, 88], armB: [58, 90] }),
  },
  'partial-crunch': {
    start: with_(SUPINE, { armA: [30, -100], armB: [34, -98] }),
    end: with_(SUPINE, { torso: -65, head: 15, armA: [55, -75], armB: [58, -73] }),
  },
  'single-knee-to-chest': {
    start: SUPINE,
    end: with_(SUPINE, { legA: [-38, 82], armA: [22, 72] }),
  },
  'double-knee-to-chest': {
    start: SUPINE,
    end: with_(SUPINE, { legA: [-38, 82], legB: [-35, 85], armA: [22, 72], armB: [24, 74] }),
  },
  // seen from above, the figure 4 shows: one knee up (its thigh and shin foreshortened), the
  // other leg's knee out to the side and its ankle across that knee; then the raised knee is
  // drawn in towards the chest, the hands round its thigh
  'piriformis-stretch': {
    start: with_(LIE_TOP, { legA: [52, 172, 172, 0.63, 0.83], legB: [90, 90, 90, 0.55, 0.5] }),
    end: with_(LIE_TOP, {
      legA: [32, 174, 174, 0.52, 0.89],
      legB: [90, 90, 90, 0.3, 0.9],
      armA: [104, 104, 0.9, 0.9],
      armB: [88, 88, 0.9, 0.9],
    }),
  },
  'active-hamstring-stretch': {
    start: with_(SUPINE, { legA: [-20, 100, 10], armA: [42, 80] }),
    end: with_(SUPINE, { legA: [-8, -6, 80], armA: [30, 30] }),
  },
  'knee-to-chest-kicks': {
    start: SUPINE,
    end: with_(SUPINE, { legA: [-20, 105, 15] }),
  },

  // ── lying, seen from above ──────────────────────────────────────────────────────────────
  'lying-spiral-twist': {
    start: with_(LIE_TOP, { legA: [90, 90, 90, 0.12], legB: [90, 90, 90, 0.12] }),
    end: with_(LIE_TOP, { look: 90, legA: [165, 95, 95, 0.85], legB: [172, 95, 95, 0.95] }),
  },
  // the middle position is the knee hug: from above, the thighs lean in over the belly
  // (foreshortened), the shins lie back over them towards the feet, the hands hold the knees
  'knee-rolls': {
    start: with_(LIE_TOP, { armA: [-40, -30], armB: [220, 210], legA: [90, 90, 90, 0.55, 0.5], legB: [90, 90, 90, 0.55, 0.5] }),
    end: with_(LIE_TOP, { armA: [-40, -30], armB: [220, 210], legA: [148, 55, 90, 0.95, 0.7], legB: [155, 52, 90, 0.95, 0.7] }),
    middle: with_(LIE_TOP, { armA: [33, 120, 0.69, 0.63], armB: [147, 60, 0.69, 0.63], legA: [-60, 110, 90, 0.55, 0.6], legB: [-120, 70, 90, 0.55, 0.6] }),
  },
  'leg-twist': {
    start: LIE_TOP,
    end: with_(LIE_TOP, { legA: [172, 90, 90, 0.9], armB: [150, 120] }),
  },

  // ── floor, other ────────────────────────────────────────────────────────────────────────
  'seated-spinal-twist': {
    start: {
      view: 'front',
      x: 50,
      y: 82,
      torso: 0,
      armA: [160, 150],
      armB: [200, 210],
      legA: [112, -95, -95, 1, 0.9],
      legB: [-112, 95, 95, 1, 0.9],
      props: [MAT],
    },
    end: {
      view: 'front',
      x: 50,
      y: 82,
      torso: 0,
      sw: 3.5,
      look: 90,
      armA: [155, 178],
      armB: [128, 112],
      legA: [112, -95, -95, 1, 0.9],
      legB: [-112, 95, 95, 1, 0.9],
      props: [MAT],
    },
  },
  'lying-leg-lift': {
    start: {
      view: 'front',
      x: 60,
      y: 85,
      torso: -90,
      look: null,
      sw: 3.5,
      hw: 3,
      armA: [80, 95],
      armB: [-85, -95],
      legA: [90, 90, 90],
      legB: [100, 80, 90],
      props: [MAT],
    },
    end: {
      view: 'front',
      x: 60,
      y: 85,
      torso: -90,
      look: null,
      sw: 3.5,
      hw: 3,
      armA: [80, 95],
      armB: [-85, -95],
      legA: [60, 60, 60],
      legB: [100, 80, 90],
      props: [MAT],
    },
  },

  // ── stability ball ──────────────────────────────────────────────────────────────────────
  'ball-march': {
    start: {
      view: 'side',
      x: 47,
      y: 67,
      torso: 0,
      armA: [185, 180],
      armB: [188, 182],
      legA: [113, 180],
      legB: [110, 178],
      props: [FLOORLINE, { kind: 'ball', x: 47, y: 80, r: 11 }],
    },
    end: {
      view: 'side',
      x: 47,
      y: 67,
      torso: 0,
      armA: [185, 180],
      armB: [188, 182],
      legA: [78, 172],
      legB: [110, 178],
      props: [FLOORLINE, { kind: 'ball', x: 47, y: 80, r: 11 }],
    },
  },
  'ball-bird-dog': {
    start: BALL_PRONE,
    end: with_(BALL_PRONE, { armA: [82, 84], legB: [-98, -98, -98] }),
  },
  'prone-walk-out': {
    start: BALL_PRONE,
    end: with_(BALL_PRONE, {
      x: 56,
      y: 67,
      torso: 95,
      armA: [176, 176],
      armB: [174, 174],
      legA: [-86, -86, 170],
      legB: [-88, -88, 170],
      props: [FLOORLINE, { kind: 'ball', x: 36, y: 80, r: 11 }],
    }),
  },
  'ball-back-extension': {
    start: with_(BALL_PRONE, { torso: 122, bend: 4, head: 10, armA: [150, 115], armB: [148, 113], legA: [-118, -118, 170], legB: [-116, -116, 170] }),
    end: with_(BALL_PRONE, { torso: 62, armA: [30, -100], armB: [32, -98], legA: [-118, -118, 170], legB: [-116, -116, 170] }),
  },
  'ball-crunch': {
    start: {
      view: 'side',
      x: 58,
      y: 70,
      torso: -100,
      armA: [60, -100],
      armB: [62, -98],
      legA: [95, 170, 90],
      legB: [92, 172, 92],
      props: [MAT, { kind: 'ball', x: 42, y: 81, r: 11 }],
    },
    end: {
      view: 'side',
      x: 58,
      y: 70,
      torso: -62,
      head: 25,
      armA: [80, -62],
      armB: [82, -60],
      legA: [95, 170, 90],
      legB: [92, 172, 92],
      props: [MAT, { kind: 'ball', x: 42, y: 81, r: 11 }],
    },
  },
};
