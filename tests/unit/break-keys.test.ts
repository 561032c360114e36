// The break window's shortcut letters (S skip, D done for now, H this hurts, N never again) are
// fixed Latin letters in every language — the messages name them as a {key} placeholder — and
// work on any keyboard layout: on a non-Latin one, the key in the letter's place (issue 15).
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../src-renderer/break/keys';

describe('keyOf', () => {
  it('names keys as the views register them: single characters lower-cased, named keys as they are', () => {
    expect(keyOf({ key: 'S', code: 'KeyS' })).toBe('s');
    expect(keyOf({ key: ' ', code: 'Space' })).toBe(' ');
    expect(keyOf({ key: '+', code: 'Equal' })).toBe('+');
    expect(keyOf({ key: 'Escape', code: 'Escape' })).toBe('Escape');
    expect(keyOf({ key: 'ArrowRight', code: 'ArrowRight' })).toBe('ArrowRight');
  });

  it('on a non-Latin layout a letter shortcut is the key in that letter’s place', () => {
    expect(keyOf({ key: 'س', code: 'KeyS' })).toBe('s'); // Arabic
    expect(keyOf({ key: 'в', code: 'KeyD' })).toBe('d'); // Russian
    expect(keyOf({ key: 'く', code: 'KeyH' })).toBe('h'); // Japanese kana
  });

  it('a Latin layout keeps its own letters (AZERTY: the key that types "a" is a, whatever its place)', () => {
    expect(keyOf({ key: 'a', code: 'KeyQ' })).toBe('a');
    expect(keyOf({ key: 'ß', code: 'Minus' })).toBe('ß');
    expect(keyOf({ key: 'é', code: 'Digit2' })).toBe('é');
  });
});
