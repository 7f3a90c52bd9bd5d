import { describe, expect, it } from 'vitest';

import { detect } from './detect-helpers.js';

const article = 'The Turkish minister met reporters. "We will stay in Idlib," Ahmet Yalcinkaya told the Hurriyet newspaper.\n\n';
const comments = 'Comments\nName :\nEmail :\n\nBob Dobbs\n\n"Nobody believes this," he said. Sputnik reported that the talks failed.';
const text = article + comments;
const commentsStart = article.length;

describe('reader comments', () => {
  it('are skipped by default', () => {
    const suggestions = detect(text, { commentsStart });
    expect(suggestions.map((s) => s.source)).toEqual(['Hürriyet']);
  });

  it('are analysed when asked for, without carrying article context into them', () => {
    const suggestions = detect(text, { commentsStart, includeComments: true });
    // "he said" in a comment must not resolve to the minister quoted in the article.
    expect(suggestions.map((s) => s.hops.map((h) => h.source))).toEqual([['Hürriyet', 'Ahmet Yalcinkaya'], ['Sputnik']]);
    expect(suggestions[1]!.claim.start).toBeGreaterThan(commentsStart);
  });

  it('treat the whole text as article when no comment offset is known', () => {
    // The comment's "he said" is too far from the minister's quote to refer back to it.
    expect(detect(text).map((s) => s.source)).toEqual(['Hürriyet', 'Sputnik']);
  });

  it('tolerate an out-of-range comment offset', () => {
    expect(() => detect(text, { commentsStart: text.length + 50 })).not.toThrow();
    expect(detect(text, { commentsStart: -5 })).toEqual([]);
  });
});
