import { describe, expect, it } from 'vitest';

import { compileSearch, firstMatch, ftsQuery, searchSnippet } from '../../../../core/text/fold-search.js';

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
    const text =
      'Intro words. The convoy crossed the border, and a second convoy waited near the town for the night while officials argued about the route and the permits for days on end.';
    const found = searchSnippet(text, 'convoy', marks)!;
    expect(found.snippet).toBe(
      'Intro words. The [convoy] crossed the border, and a second [convoy] waited near the town for the night while officials…',
    );
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

describe('ftsQuery', () => {
  it('quotes every term and offers the other spellings of an English word as alternatives', () => {
    expect(ftsQuery('ceasefire Latakia')).toBe('"ceasefire" AND "Latakia"');
    expect(ftsQuery('Demilitarised zone')).toBe('("Demilitarised" OR "demilitarized") AND "zone"');
    expect(ftsQuery('"buffer centre" Erdoğan')).toBe('("buffer centre" OR "buffer center") AND "Erdoğan"');
    expect(ftsQuery('NEAR( "unbalanced')).toBe('"NEAR" AND "unbalanced"');
    expect(ftsQuery('  ')).toBeNull();
  });

  it('keeps a phrase of many variable words to a bounded number of phrasings', () => {
    const query = ftsQuery('"colour centre defence organisation travelled"')!;
    expect(query.split(' OR ')).toHaveLength(16);
    expect(query.startsWith('("colour centre defence organisation travelled" OR "colour centre defence organisation traveled"')).toBe(true);
  });
});

describe('matching other forms and spellings', () => {
  it('lands on an inflection or another spelling of the word searched for', () => {
    const text = 'The zone near the border was demilitarized in 2018.';
    const found = firstMatch(text, 'demilitarised');
    expect(text.slice(found!.start, found!.end)).toBe('demilitarized');
    const reported = 'Sputnik reported it first.';
    const at = firstMatch(reported, 'reports')!;
    expect(reported.slice(at.start, at.end)).toBe('reported');
  });

  it('matches whole words only, as the index does', () => {
    expect(firstMatch('The convoys crossed.', 'convoy')).toMatchObject({ start: 4, end: 11 });
    expect(firstMatch('Reportedly, a reporter wrote a report.', 'report')).toMatchObject({ start: 14, end: 22 });
    expect(firstMatch('A newspaperman wrote.', 'paper')).toBeNull();
  });

  it('marks every form the search matched, not only the one typed', () => {
    const text = 'Reuters reported that the centre of the town, the city center, was being analysed; officials were analyzing reports.';
    const found = searchSnippet(text, 'reports centre analyse', marks)!;
    expect(found.snippet).toBe(
      'Reuters [reported] that the [centre] of the town, the city [center], was being [analysed]; officials were [analyzing] [reports].',
    );
  });

  it('matches a phrase in any of its forms, over any separators between its words', () => {
    const text = 'They spoke of buffer zones. Later the "buffer"\n\nzone was demilitarized, and the demilitarised zones held.';
    const found = searchSnippet(text, '"demilitarized zone"', marks)!;
    // "demilitarized," is not followed by "zone"; the later phrase in another spelling is.
    expect(text.slice(found.start, found.end)).toBe('demilitarised zones');
    expect(found.snippet).toContain('[demilitarised zones]');
    expect(firstMatch(text, '"buffer zone"')).toMatchObject({ start: 14 });
    expect(firstMatch(text, '"zone buffer"')).toBeNull();
  });

  it('still folds accents and leaves other scripts alone', () => {
    const text = 'Президент Путин заявил, что مصادر عربية قالت إن Erdoğan reported it.';
    for (const [query, expected] of [
      ['путин', 'Путин'],
      ['заявил', 'заявил'],
      ['عربية', 'عربية'],
      ['erdogan', 'Erdoğan'],
    ] as const) {
      const found = firstMatch(text, query);
      expect(found && text.slice(found.start, found.end), query).toBe(expected);
    }
    // A Russian word is not cut down like an English one: only the word itself matches.
    expect(firstMatch(text, 'заяви')).toBeNull();
  });

  it('stays linear on a document made of inflected matches, and compiles a search once for many texts', () => {
    const text = 'The convoys travelled along the border. '.repeat(40_000);
    const search = compileSearch('traveled convoy');
    const started = performance.now();
    const found = searchSnippet(text, search, marks)!;
    expect(found.snippet.startsWith('The [convoys] [travelled] along')).toBe(true);
    // A search that matches only the title reads the whole text once, candidate by candidate.
    expect(searchSnippet(text.replace(/convoys/g, 'convey'), compileSearch('convoy'), marks)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
