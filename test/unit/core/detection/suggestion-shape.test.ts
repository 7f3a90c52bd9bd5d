import { describe, expect, it } from 'vitest';

import { suggestionSchema } from '../../../../core/api/detection.js';
import { detect } from './detect-helpers.js';
import { loadFixtures } from './fixture-corpus.js';

describe('suggestions as the rest of the app receives them', () => {
  const fixtures = loadFixtures();

  it('pass the API schema used to accept them, with spans that match the text', () => {
    for (const fixture of fixtures) {
      for (const s of detect(fixture.text, { commentsStart: fixture.commentsStart, includeComments: true })) {
        expect(() => suggestionSchema.parse(s)).not.toThrow();
        for (const span of [s.mention, s.claim, ...(s.cue ? [s.cue] : [])]) {
          expect(fixture.text.slice(span.start, span.end)).toBe(span.text);
        }
        expect(s.source).toBe(s.hops[0]!.source);
        expect(s.sourceId).toBe(s.hops[0]!.sourceId);
      }
    }
  });

  it('are unique per claim span and source chain, in text order', () => {
    for (const fixture of fixtures) {
      const suggestions = detect(fixture.text, { commentsStart: fixture.commentsStart, includeComments: true });
      const keys = suggestions.map((s) => `${s.claim.start}:${s.claim.end}|${s.hops.map((h) => h.source).join('>')}`);
      expect(new Set(keys).size).toBe(keys.length);
      const starts = suggestions.map((s) => s.claim.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('stay fast and bounded on hostile input', () => {
    const hostile = [
      '“ '.repeat(50_000),
      'Reuters said TASS reported AFP told according to '.repeat(4_000),
      'X, the agency, said, citing, '.repeat(8_000),
    ];
    for (const text of hostile) {
      const started = performance.now();
      expect(Array.isArray(detect(text, { includeComments: true }))).toBe(true);
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });
});
