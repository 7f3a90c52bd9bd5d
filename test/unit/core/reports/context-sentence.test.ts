import { describe, expect, it } from 'vitest';

import { claimContext, contextSentence } from '../../../../core/reports/context-sentence.js';
import { buildFixtureModel, DOCUMENTS, ENGLISH_TEXT, PERSIAN_TEXT } from './fixture-model.js';

function around(text: string, quote: string, max?: number) {
  const start = text.indexOf(quote);
  return contextSentence(text, start, start + quote.length, max);
}

describe('contextSentence', () => {
  it('shows a quote with the rest of its sentence and nothing from the neighbouring ones', () => {
    expect(around(ENGLISH_TEXT, 'We have not withdrawn a single heavy weapon, and we will not')).toEqual({
      before: '“',
      quote: 'We have not withdrawn a single heavy weapon, and we will not',
      after: ',” NLF spokesman Naji Mustafa told AFP.',
    });
    expect(around(ENGLISH_TEXT, 'the withdrawal was "proceeding on schedule"')).toEqual({
      before: 'Russian officials said ',
      quote: 'the withdrawal was "proceeding on schedule"',
      after: ', TASS reported.',
    });
  });

  it('keeps a quote that spans two sentences whole, with both sentences around it', () => {
    const context = around(ENGLISH_TEXT, 'said on Monday. “We have not');
    expect(context.before).toBe(
      'IDLIB, Syria — Militants in Idlib have refused to hand over their heavy weapons, the National Liberation Front ',
    );
    expect(context.after).toBe(' withdrawn a single heavy weapon, and we will not,” NLF spokesman Naji Mustafa told AFP.');
  });

  it('stops at Persian sentence ends, including the Arabic question mark', () => {
    const context = around(PERSIAN_TEXT, 'آیا این ادعا');
    expect(context.before).toBe('');
    expect(context.after).toBe(' درست است؟');
  });

  it('shortens a long sentence at a word boundary and marks the cut with an ellipsis', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const text = `${words} QUOTE ${words}.`;
    const context = around(text, 'QUOTE', 100);
    expect(context.before.startsWith('…word')).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(101);
    expect(context.before.endsWith('word199 ')).toBe(true);
    expect(context.after.endsWith('…')).toBe(true);
    expect(context.after.length).toBeLessThanOrEqual(101);
    expect(context.after.startsWith(' word0 word1')).toBe(true);
    // Cut between words, never inside one.
    expect(context.before).toMatch(/^…word\d+ /u);
    expect(context.after).toMatch(/ word\d+…$/u);
  });

  it('never cuts an emoji in half, even when asked to start inside one', () => {
    const text = 'Alert 🚨 now.';
    const inside = text.indexOf('🚨') + 1;
    expect(contextSentence(text, inside, inside + 5).quote).toBe('🚨 now');
  });
});

describe('claimContext', () => {
  it('falls back to the stored prefix and suffix for an orphan, and says so', () => {
    const model = buildFixtureModel();
    const orphan = model.claims.find((c) => c.orphaned);
    expect(orphan).toBeDefined();
    const context = claimContext(orphan!, DOCUMENTS.english);
    expect(context).toEqual({
      before: '…the zone last week, adding that ',
      quote: 'Turkish observers confirmed the withdrawal of heavy weapons',
      after: ' from the southern sector on Sund…',
      located: false,
    });
  });

  it('does not trust offsets that no longer point at the quote', () => {
    const model = buildFixtureModel();
    const claim = { ...model.claims[0]!, start: 0, end: 10 };
    expect(claimContext(claim, DOCUMENTS.english).located).toBe(false);
    expect(claimContext(model.claims[0]!, DOCUMENTS.english).located).toBe(true);
  });
});
