import { describe, expect, it } from 'vitest';
import { firstMatch, searchSnippet } from '../../../../core/text/fold-search.js';

const marks = { start: '[', end: ']' };

describe('firstMatch', () => {
  it('finds a word whatever its accents, at a word start, with offsets into the original text', () => {
    const text = 'Berdogan is a name. President Erdoğan spoke.';
    const found = firstMatch(text, 'erdogan');
    expect(text.slice(found!.start, found!.end)).toBe('Erdoğan');
  });

  it('prefers the whole phrase to a lone word, wherever the phrase is', () => {
    const text = `A buffer of sand. ${'Filler words here. '.repeat(8000)}The buffer zone held.`;
    const found = firstMatch(text, 'buffer zone');
    expect(text.slice(found!.start, found!.end)).toBe('buffer zone');
  });

  it('finds a match that straddles the chunks the text is folded in', () => {
    const filler = 'x'.repeat(64 * 1024 - 3);
    const text = `${filler} convoy left`;
    const found = firstMatch(text, 'convoy');
    expect(text.slice(found!.start, found!.end)).toBe('convoy');
    expect(firstMatch(`${'a'.repeat(64 * 1024 - 1)}convoy`, 'convoy')).toBeNull();
  });
});

describe('searchSnippet', () => {
  it('marks every match in about two dozen words around the first one', () => {
    const text = 'Intro words. The convoy crossed the border, and a second convoy waited near the town for the night while officials argued about the route and the permits for days on end.';
    const found = searchSnippet(text, 'convoy', marks)!;
    expect(found.snippet).toBe('Intro words. The [convoy] crossed the border, and a second [convoy] waited near the town for the night while officials…');
    expect(text.slice(found.start, found.end)).toBe('convoy');
  });

  it('shows the words of a search together where they meet, though the first match is elsewhere', () => {
    const text = `Erdoğan and Putin met. ${'Other news followed that day. '.repeat(6)}President Erdoğan reached an accord with Putin in Sochi on Monday.`;
    const found = searchSnippet(text, 'erdogan sochi', marks)!;
    expect(found.snippet).toContain('[Sochi]');
    expect(found.snippet).toContain('[Erdoğan]');
    expect(text.slice(found.start, found.end)).toBe('Erdoğan');
  });

  it('stays cheap on a document made of matches, and says when nothing in the text matches', () => {
    const text = 'The convoy crossed the border. '.repeat(40_000);
    expect(searchSnippet(text, 'convoy', marks)!.snippet.startsWith('The [convoy] crossed')).toBe(true);
    expect(searchSnippet('Only the title matched.', 'convoy', marks)).toBeNull();
  });
});
