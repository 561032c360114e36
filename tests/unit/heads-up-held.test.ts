// SPEC §3.12c: the heads-up after a break was held for maxHoldMinutes says what held it, so a
// wrong detector can be turned off; an ordinary heads-up says nothing of the kind.
import { describe, expect, it } from 'vitest';
import { headsUpOptions } from '../../src-main/notifications';
import { CAPABILITIES } from '../../src-main/platform';

describe('the heads-up after a long hold', () => {
  const T = new Date(2026, 2, 2, 11, 44).getTime();
  it('names what held the break and where to turn it off', () => {
    const o = headsUpOptions(T + 60_000, T, CAPABILITIES['linux-x11'], undefined, 'call');
    expect(o.body).toMatch(/held while in a call/);
    expect(o.body).toMatch(/Settings → Don’t interrupt me/);
    expect(headsUpOptions(T + 60_000, T, CAPABILITIES['linux-x11'], undefined, 'presenting').body).toMatch(/held while presenting/);
  });
  it('an ordinary heads-up does not', () => {
    expect(headsUpOptions(T + 60_000, T, CAPABILITIES['linux-x11']).body).not.toMatch(/held/);
  });
});
