import { describe, expect, it } from 'vitest';

import { detect } from './detect-helpers.js';

describe('mentions that are not attributions', () => {
  it.each([
    'Turkey criticised Reuters coverage of the operation.',
    "Al Jazeera's offices were closed by the authorities in 2013.",
    'AP is not exactly a neutral outlet either.',
    'Even CNN had a piece on it years ago.',
    'An APC belonging to the emergency service was burned out.',
    'Sputnik’s bureau chief in Ankara was briefly detained in 2017.',
    'Reuters could not independently verify the claims.',
    'The Fars province governor opened a new hospital.',
  ])('proposes nothing for: %s', (sentence) => {
    expect(detect(sentence)).toEqual([]);
  });

  it('skips headlines, which summarise attributions the body makes', () => {
    expect(detect('Reuters Journalists Barred From Idlib Talks\n\nThe talks began on Monday.')).toEqual([]);
    expect(detect("Yemen's army says it targeted US destroyer in Red Sea\n\nThe Pentagon denied it.")).toEqual([]);
  });

  it('never makes a speaker of an outlet named inside a quotation', () => {
    const text = 'Erdogan spoke on Monday. "Reuters spreads lies about Turkey," he said.';
    const suggestions = detect(text);
    expect(suggestions.map((s) => s.source)).not.toContain('Reuters');
  });

  it('does not treat "according to the plan" as a source', () => {
    expect(detect('According to the plan, Idlib will be divided into two sections.')).toEqual([]);
  });

  it('does not attribute to a location after a preposition', () => {
    expect(detect("Turkish-backed militants in Syria's Idlib said they would stay.").map((s) => s.source)).not.toContain("Syria's Idlib");
  });

  it('ignores a bare denial that claims nothing of its own', () => {
    const sources = detect("Ukraine's navy said the convoy carried fuel, an accusation Moscow denied.").map((s) => s.source);
    expect(sources).toEqual(["Ukraine's navy"]);
  });
});
