import { describe, expect, it } from 'vitest';

import { detect } from './detect-helpers.js';

// A glossary box and a teaser above the headline, as saved pages carry them: the teaser and the
// definition read like attributions but belong to the site, not to the article.
const furniture = [
  'Levant Monitor | News & Analysis',
  'Most Viewed',
  'Kurds',
  'Kurds',
  'Kurds are an ethnic group in the Middle East, Reuters reported in a profile of the region.',
  'Sputnik says talks on Idlib have failed',
  '',
].join('\n\n');
const article =
  'Militants Reject Russian Patrols in Idlib\n\n' + '"We will not accept foreign patrols," NLF spokesman Naji Mustafa told AFP.\n\n';
const comments = 'Comments\nName :\nEmail :\n\nBob Dobbs\n\nTASS reported that the talks failed.';
const text = furniture + article + comments;
const articleStart = furniture.length;
const commentsStart = furniture.length + article.length;

describe('page furniture before the article', () => {
  it('is never searched for attributions', () => {
    expect(detect(text).map((s) => s.source)).toContain('Reuters');
    const suggestions = detect(text, { articleStart, commentsStart });
    expect(suggestions.map((s) => s.source)).toEqual(['AFP']);
    expect(suggestions.every((s) => s.claim.start >= articleStart)).toBe(true);
  });

  it('stays skipped when reader comments are included', () => {
    const suggestions = detect(text, { articleStart, commentsStart, includeComments: true });
    expect(suggestions.map((s) => s.source)).toEqual(['AFP', 'TASS']);
  });

  it('is ignored when it would start at or after the comments, so no article text is lost', () => {
    const suggestions = detect(text, { articleStart: commentsStart + 3, commentsStart });
    expect(suggestions.map((s) => s.source)).toEqual(detect(text, { commentsStart }).map((s) => s.source));
    expect(() => detect(text, { articleStart: text.length + 40 })).not.toThrow();
  });
});
