// Per-side step text: an exercise's side templates (`Exercise.sideSteps`) filled in for the side
// in play. Pure.
import type { Exercise, Side } from './types';

const OTHER: Record<Side, Side> = { right: 'left', left: 'right' };

/** A side template with `{side}` / `{other}` filled in for `side`. */
export function fillSide(template: string, side: Side): string {
  return template.replace(/\{side\}/g, side).replace(/\{other\}/g, OTHER[side]);
}

/** The steps as read on `side`: the side template where there is one, else the plain step. */
export function stepsForSide(ex: Pick<Exercise, 'steps' | 'sideSteps'>, side: Side): string[] {
  return ex.steps.map((step, i) => {
    const template = ex.sideSteps?.[i];
    return template === undefined ? step : fillSide(template, side);
  });
}
