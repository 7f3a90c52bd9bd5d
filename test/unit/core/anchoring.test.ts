import { describe, expect, it } from 'vitest';

import {
  ANCHOR_CONTEXT_LENGTH,
  createAnchor,
  matchQuote,
  MIN_MATCH_SCORE,
  reanchor,
  reanchorAll,
  type ReanchorResult,
} from '../../../core/anchoring.js';
import type { Anchor } from '../../../core/domain.js';

const ARTICLE = [
  'Turkey Accuses Coalition Members Of Backing Militants In Idlib',
  '',
  'Photo: Ivan Petrov/TASS',
  '',
  "Turkey's foreign minister said on Thursday that members of the US-led coalition were paying " +
    'militants to break the ceasefire in Idlib, according to the Hurriyet newspaper.',
  '',
  '"Certain partners are working against the memorandum," the minister told reporters in Ankara. ' +
    'Reuters could not independently verify the claim.',
  '',
  'Fars News Agency reported, citing Arab sources, that the militants had refused to withdraw ' + 'heavy weapons from the buffer zone.',
  '',
  'Comments',
  '',
  'reader_77: Fars News Agency reported, citing Arab sources, that the militants had refused to ' +
    'withdraw heavy weapons from the buffer zone. Typical propaganda, nobody checks anything.',
].join('\n');

const REPEATED = 'the militants had refused to withdraw heavy weapons from the buffer zone';

function spanOf(text: string, part: string, fromIndex = 0): { start: number; end: number } {
  const start = text.indexOf(part, fromIndex);
  if (start === -1) throw new Error(`fixture does not contain ${JSON.stringify(part)}`);
  return { start, end: start + part.length };
}

function anchorAt(text: string, part: string, fromIndex = 0): Anchor {
  const { start, end } = spanOf(text, part, fromIndex);
  return createAnchor(text, start, end);
}

function anchored(result: ReanchorResult): { anchor: Anchor; score: number } {
  if ('orphan' in result) throw new Error('expected the claim to be re-anchored, it was orphaned');
  return result;
}

function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

describe('createAnchor', () => {
  it('stores the quote with 32 code units of context on each side', () => {
    const quote = 'Reuters could not independently verify the claim.';
    const { start, end } = spanOf(ARTICLE, quote);
    const anchor = createAnchor(ARTICLE, start, end);
    expect(anchor).toEqual({
      quote,
      prefix: ARTICLE.slice(start - ANCHOR_CONTEXT_LENGTH, start),
      suffix: ARTICLE.slice(end, end + ANCHOR_CONTEXT_LENGTH),
      start,
      end,
    });
    expect(anchor.prefix).toHaveLength(32);
    expect(anchor.suffix).toHaveLength(32);
  });

  it('keeps shorter context at the edges of the document', () => {
    const anchor = createAnchor('Breaking: talks collapsed', 0, 8);
    expect(anchor).toEqual({
      quote: 'Breaking',
      prefix: '',
      suffix: ': talks collapsed',
      start: 0,
      end: 8,
    });
  });

  it('never stores half an emoji in the prefix or suffix', () => {
    // 32 code units back from "claim" (offset 41) lands on the second half of an emoji.
    const text = `${'😀'.repeat(20)} claim ${'😀'.repeat(20)}`;
    const anchor = createAnchor(text, 41, 46);
    expect(anchor.quote).toBe('claim');
    expect(anchor.prefix).toBe(`${'😀'.repeat(15)} `);
    expect(anchor.suffix).toBe(` ${'😀'.repeat(15)}`);
    expect(anchor.prefix).toHaveLength(31);
    expect(anchor.suffix).toHaveLength(31);
  });

  it.each([
    ['a negative start', -1, 4, /outside the text/],
    ['an end past the text', 0, 10_000, /outside the text/],
    ['an empty range', 5, 5, /at least one character/],
    ['a reversed range', 6, 2, /at least one character/],
    ['fractional offsets', 1.5, 4, /integers/],
    ['NaN', Number.NaN, 4, /integers/],
  ])('rejects %s with a RangeError', (_label, start, end, message) => {
    expect(() => createAnchor(ARTICLE, start, end)).toThrow(RangeError);
    expect(() => createAnchor(ARTICLE, start, end)).toThrow(message);
  });

  it('rejects offsets that cut an emoji in half', () => {
    const text = 'fire 🔥 alarm';
    expect(() => createAnchor(text, 6, 12)).toThrow(/surrogate pair/);
    expect(() => createAnchor(text, 0, 6)).toThrow(/surrogate pair/);
    expect(createAnchor(text, 5, 7).quote).toBe('🔥');
  });
});

describe('matchQuote: exact occurrences', () => {
  it('finds a quote that occurs once and scores it 1', () => {
    const quote = 'Reuters could not independently verify the claim.';
    expect(matchQuote(ARTICLE, quote)).toEqual({ ...spanOf(ARTICLE, quote), score: 1 });
  });

  it('takes the first of repeated occurrences when nothing else is known', () => {
    expect(matchQuote(ARTICLE, REPEATED)).toEqual({ ...spanOf(ARTICLE, REPEATED), score: 1 });
  });

  it('lets prefix and suffix pick the second of two identical sentences', () => {
    const first = spanOf(ARTICLE, REPEATED);
    const second = anchorAt(ARTICLE, REPEATED, first.end);
    const match = matchQuote(ARTICLE, REPEATED, { prefix: second.prefix, suffix: second.suffix });
    expect(match).toEqual({ start: second.start, end: second.end, score: 1 });
  });

  it('ranks context agreement above closeness to the hint', () => {
    const first = spanOf(ARTICLE, REPEATED);
    const second = anchorAt(ARTICLE, REPEATED, first.end);
    const match = matchQuote(ARTICLE, REPEATED, {
      prefix: second.prefix,
      suffix: second.suffix,
      hint: first.start,
    });
    expect(match?.start).toBe(second.start);
  });

  it('uses the hint when the occurrences are otherwise indistinguishable', () => {
    const block = 'Officials declined to comment. ';
    const text = block.repeat(6);
    const quote = 'declined to comment';
    const fourth = block.length * 3 + block.indexOf(quote);
    expect(matchQuote(text, quote, { hint: fourth + 3 })?.start).toBe(fourth);
    expect(matchQuote(text, quote)?.start).toBe(block.indexOf(quote));
  });
});

describe('matchQuote: approximate matches', () => {
  const original = "Turkey's foreign minister said on Thursday that members of the US-led coalition were " + 'paying militants';

  it.each([
    ['a typo', (s: string) => s.replace('said', 'siad')],
    ['a changed word', (s: string) => s.replace('said', 'claimed')],
    ['extra whitespace and a line break', (s: string) => s.replace('foreign ', 'foreign  ').replace('Thursday ', 'Thursday\n')],
    ['a word inserted', (s: string) => s.replace('that members', 'that several members')],
    ['a word deleted', (s: string) => s.replace('the US-led coalition', 'the coalition')],
  ])('finds the quote after %s in the text', (_label, edit) => {
    const edited = edit(original);
    expect(edited).not.toBe(original);
    const text = ARTICLE.replace(original, edited);
    const expected = spanOf(text, edited);
    const match = matchQuote(text, original);
    expect(match).not.toBeNull();
    expect(match?.start).toBe(expected.start);
    expect(match?.end).toBe(expected.end);
    expect(match?.score).toBeGreaterThan(0);
    expect(match?.score).toBeLessThan(1);
  });

  it('finds a quote that was stored with a typo against the correct text', () => {
    const match = matchQuote(ARTICLE, 'Reuters could not independantly verify the claim.');
    const correct = spanOf(ARTICLE, 'Reuters could not independently verify the claim.');
    expect(match).toMatchObject(correct);
  });

  it('scores a closer match higher than a looser one', () => {
    const oneTypo = matchQuote(ARTICLE, 'Reuters could not independently verfy the claim.');
    const twoWords = matchQuote(ARTICLE, 'Reuters would not independently confirm the claim.');
    expect(oneTypo?.score).toBeGreaterThan(twoWords?.score ?? 1);
    expect(twoWords?.score).toBeGreaterThanOrEqual(MIN_MATCH_SCORE);
  });

  it('lets prefix and suffix pick the second of two near-identical sentences', () => {
    const first = spanOf(ARTICLE, REPEATED);
    const second = anchorAt(ARTICLE, REPEATED, first.end);
    const edited = 'the militants had refused to withdraw heavy weapon from the bufer zone';
    const match = matchQuote(ARTICLE, edited, { prefix: second.prefix, suffix: second.suffix });
    expect(match).toMatchObject({ start: second.start, end: second.end });
    expect(match?.score).toBeLessThan(1);
  });

  describe('two identical approximate candidates', () => {
    const sentence = 'Officials said the bridge was destroyed overnight.';
    const text =
      `${sentence} Shelling continued near the river for most of the day, residents said. ` +
      `Aid convoys were turned back at two checkpoints. ${sentence} No casualties were reported.`;
    const first = spanOf(text, sentence);
    const second = spanOf(text, sentence, first.end);
    const typo = 'Officials said the brigde was destroyed overnight.';

    it('takes the one nearest the hint', () => {
      expect(matchQuote(text, typo, { hint: second.start - 20 })).toMatchObject(second);
      expect(matchQuote(text, typo, { hint: first.start + 20 })).toMatchObject(first);
    });

    it('takes the first without a hint', () => {
      expect(matchQuote(text, typo)).toMatchObject(first);
    });

    it('is more confident the closer the match is to the hint', () => {
      const near = matchQuote(text, typo, { hint: first.start });
      const far = matchQuote(text, typo, { hint: first.start + 100 });
      expect(near).toMatchObject(first);
      expect(far).toMatchObject(second);
      expect(near?.score).toBeGreaterThan(far?.score ?? 1);
    });
  });

  it('returns null when nothing in the text resembles the quote', () => {
    expect(matchQuote(ARTICLE, 'The moon landing was filmed in a studio in Nevada.')).toBeNull();
    expect(
      matchQuote(ARTICLE, 'Sputnik said the pipeline exploded', {
        prefix: 'According to officials in Moscow,',
        suffix: ' on Friday, killing two workers.',
        hint: 300,
      }),
    ).toBeNull();
  });

  it('returns null for an empty quote or an empty text', () => {
    expect(matchQuote(ARTICLE, '')).toBeNull();
    expect(matchQuote('', 'Reuters')).toBeNull();
    expect(matchQuote('', '')).toBeNull();
  });

  it('returns offsets into the original text, not a normalised copy', () => {
    const text = 'Intro.\r\n\r\n  The   ceasefire\u00a0held   overnight ,  officials said.';
    const match = matchQuote(text, 'The ceasefire held overnight, officials said.');
    expect(match).not.toBeNull();
    expect(text.slice(match?.start, match?.end)).toBe('The   ceasefire\u00a0held   overnight ,  officials said.');
  });
});

describe('non-ASCII text', () => {
  it('counts Cyrillic in UTF-16 code units and uses context to pick the photo credit', () => {
    const text = 'МОСКВА, 12 марта. /ТАСС/. Министр иностранных дел заявил, что переговоры продолжатся. ' + 'Фото: Михаил Почуев/ТАСС';
    const credit = text.lastIndexOf('ТАСС');
    const anchor = createAnchor(text, credit, credit + 4);
    expect(matchQuote(text, 'ТАСС')).toEqual({ start: 19, end: 23, score: 1 });
    expect(matchQuote(text, 'ТАСС', { prefix: anchor.prefix, suffix: anchor.suffix })).toEqual({
      start: credit,
      end: credit + 4,
      score: 1,
    });
  });

  it('matches an edited Cyrillic quote at its exact span', () => {
    const text = 'МОСКВА, 12 марта. /ТАСС/. Министр иностранных дел заявил, что переговоры продолжатся.';
    const match = matchQuote(text, 'Министр иностранных дел заявил, что переговоры продолжаться.');
    expect(match).toMatchObject(spanOf(text, 'Министр иностранных дел заявил, что переговоры продолжатся.'));
  });

  it('re-anchors Arabic text after a paragraph is inserted before it', () => {
    const before = 'قالت وكالة فارس للأنباء نقلا عن مصادر عربية إن المسلحين رفضوا الانسحاب من المنطقة العازلة.';
    const quote = 'نقلا عن مصادر عربية';
    const anchor = anchorAt(before, quote);
    const inserted = 'تحديث: أضيفت تفاصيل جديدة إلى هذا التقرير.\n\n';
    const after = inserted + before;
    const result = anchored(reanchor(after, anchor));
    expect(result.score).toBe(1);
    expect(result.anchor.start).toBe(anchor.start + inserted.length);
    expect(after.slice(result.anchor.start, result.anchor.end)).toBe(quote);
  });

  it('counts each emoji as two code units', () => {
    const text = '🔥🔥 BREAKING 🔥🔥 Sputnik reported that the talks collapsed 😡 after midnight.';
    const quote = 'Sputnik reported that the talks collapsed 😡';
    // 4 emoji × 2 + 'BREAKING' + 3 spaces = 19 before the quote; 42 letters and spaces + 2 after.
    expect(matchQuote(text, quote)).toEqual({ start: 19, end: 63, score: 1 });
  });

  it('never ends an approximate match inside an emoji', () => {
    const text = '🔥🔥 BREAKING 🔥🔥 Sputnik reported that the talks collapsed 😠 after midnight.';
    const match = matchQuote(text, 'Sputnik reported that the talks collapsed 😡');
    expect(match).not.toBeNull();
    expect(match?.start).toBe(text.indexOf('Sputnik'));
    expect(match?.end).toBe(text.indexOf(' after'));
  });

  it('widens a match rather than start it on the second half of an emoji', () => {
    // A quote stored from a broken selection that began halfway through an emoji.
    const text = 'Reaction online: 😀 the deal is off, a spokesman said.';
    const halfEmojiQuote = '\ude00 the deal is off';
    const match = matchQuote(text, halfEmojiQuote);
    expect(match).not.toBeNull();
    expect(match?.start).toBe(text.indexOf('😀'));
    expect(match?.end).toBe(text.indexOf(','));
    expect(match?.score).toBeLessThan(1);
  });

  it('keeps every match boundary outside surrogate pairs while the text is edited', () => {
    const quote = 'Fars 🙂 reported 🤔 that 🔥 talks';
    const editedTexts = [
      '😀 Fars 😃 reported 🤔 that 🔥 talks 😡 failed.',
      '😀 Fars 🙂 reported 😃 that 🔥 talks 😡 failed.',
      '😀 Fars 🙂 reported 🤔 that 😃 talks 😡 failed.',
      '😀 Fars 🙂 reported 🤔 that 🔥talks 😡 failed.',
      '😀😀Fars 🙂 reported 🤔 that 🔥 talks 😡 failed.',
      '😀 Fars 🙂 reported 🤔 that 🔥 talk😡 failed.',
    ];
    for (const text of editedTexts) {
      const match = matchQuote(text, quote);
      expect(match, text).not.toBeNull();
      if (match === null) continue;
      expect(splitsPair(text, match.start), `start in ${text}`).toBe(false);
      expect(splitsPair(text, match.end), `end in ${text}`).toBe(false);
      expect(() => createAnchor(text, match.start, match.end)).not.toThrow();
    }
  });
});

describe('reanchor', () => {
  const quote = 'Reuters could not independently verify the claim.';

  it('keeps the stored offsets when the quote is still there, refreshing changed context', () => {
    const anchor = anchorAt(ARTICLE, quote);
    const text = ARTICLE.replace('Fars News Agency reported', 'Fars news agency claimed');
    const result = anchored(reanchor(text, anchor));
    expect(result.score).toBe(1);
    expect(result.anchor).toEqual(createAnchor(text, anchor.start, anchor.end));
    expect(result.anchor.suffix).not.toBe(anchor.suffix);
  });

  it('trusts the stored offsets while they still hold the quote, before looking elsewhere', () => {
    const text = 'Ankara said the talks failed. Moscow said the talks failed.';
    const anchor = anchorAt(text, 'the talks failed');
    // A sentence inserted in front carries the old surroundings to the second copy, while the
    // stored offsets still land on the same words in the new first sentence.
    const edited = `Moscow said the talks failed. ${text}`;
    const result = anchored(reanchor(edited, anchor));
    expect(result).toEqual({ anchor: createAnchor(edited, anchor.start, anchor.end), score: 1 });
    const { prefix, suffix } = anchor;
    expect(matchQuote(edited, anchor.quote, { prefix, suffix })?.start).toBe(anchor.start + 30);
  });

  it('follows the quote when text is inserted before it', () => {
    const anchor = anchorAt(ARTICLE, quote);
    const note = "Editor's note: this article was updated with a response from Ankara.\n\n";
    const text = note + ARTICLE;
    const result = anchored(reanchor(text, anchor));
    expect(result.score).toBe(1);
    expect(result.anchor).toEqual({
      ...anchor,
      start: anchor.start + note.length,
      end: anchor.end + note.length,
    });
  });

  it('finds a slightly edited quote and stores the new wording', () => {
    const anchor = anchorAt(ARTICLE, quote);
    const editedQuote = 'Reuters could not independently confirm the claim.';
    const text = ARTICLE.replace(quote, editedQuote);
    const result = anchored(reanchor(text, anchor));
    expect(result.anchor.quote).toBe(editedQuote);
    const { start, end } = spanOf(text, editedQuote);
    expect(result.anchor).toEqual(createAnchor(text, start, end));
    expect(result.score).toBeGreaterThanOrEqual(MIN_MATCH_SCORE);
    expect(result.score).toBeLessThan(1);
  });

  it('follows a long paragraph lightly edited and moved to where all context is new', () => {
    const paragraph =
      "Turkey's foreign minister said on Thursday that members of the US-led coalition were " +
      'paying militants to break the ceasefire in Idlib, according to the Hurriyet newspaper.';
    const anchor = anchorAt(ARTICLE, paragraph);
    const revised = paragraph.replace('on Thursday', 'on Thursday,').replace('Hurriyet', 'Hürriyet');
    const text = ARTICLE.replace(`${paragraph}\n\n`, '').replace('\nComments', `\n${revised}\n\nComments`);
    const result = anchored(reanchor(text, anchor));
    expect(result.anchor).toMatchObject({ ...spanOf(text, revised), quote: revised });
    expect(result.score).toBeLessThan(1);
  });

  it('orphans a short claim whose words survive elsewhere but whose place is gone', () => {
    const anchor = anchorAt(ARTICLE, 'Ivan Petrov/TASS');
    const text = ARTICLE.replace('Photo: Ivan Petrov/TASS', '').replace('Typical propaganda', 'Ivan Petrov/TAS quoted. Typical propaganda');
    expect(reanchor(text, anchor)).toEqual({ orphan: true });
  });

  it('follows the second of two repeated sentences when text is inserted before both', () => {
    const first = spanOf(ARTICLE, REPEATED);
    const anchor = anchorAt(ARTICLE, REPEATED, first.end);
    const text = 'UPDATE 2: adds quote from Ankara.\n' + ARTICLE;
    const result = anchored(reanchor(text, anchor));
    expect(result.anchor.start).toBe(spanOf(text, REPEATED, spanOf(text, REPEATED).end).start);
  });

  it('orphans a claim whose sentence was deleted', () => {
    const anchor = anchorAt(ARTICLE, quote);
    const text = ARTICLE.replace(` ${quote}`, '');
    expect(reanchor(text, anchor)).toEqual({ orphan: true });
  });

  it('orphans a claim when the new text is empty or the anchor holds no quote', () => {
    const anchor = anchorAt(ARTICLE, quote);
    expect(reanchor('', anchor)).toEqual({ orphan: true });
    expect(reanchor(ARTICLE, { ...anchor, quote: '' })).toEqual({ orphan: true });
  });

  it('ignores stored offsets that no longer fit the text', () => {
    const anchor = anchorAt(ARTICLE, quote);
    const text = quote;
    expect(anchored(reanchor(text, anchor))).toEqual({
      anchor: { quote, prefix: '', suffix: '', start: 0, end: quote.length },
      score: 1,
    });
  });

  it('re-anchors many claims against one text, in order', () => {
    const anchors = [anchorAt(ARTICLE, quote), anchorAt(ARTICLE, 'Ivan Petrov/TASS'), anchorAt(ARTICLE, 'Typical propaganda')];
    const text = ARTICLE.replace('Typical propaganda, nobody checks anything.', '').replace('Photo: ', 'Photo (file): ');
    const results = reanchorAll(text, anchors);
    expect(results).toHaveLength(3);
    const [shifted, credit, deleted] = results;
    expect(anchored(shifted ?? { orphan: true }).anchor.start).toBe(text.indexOf(quote));
    expect(anchored(credit ?? { orphan: true }).anchor.start).toBe(text.indexOf('Ivan Petrov'));
    expect(deleted).toEqual({ orphan: true });
    expect(reanchorAll(text, [])).toEqual([]);
  });
});

describe('performance', () => {
  // Seeded pseudo-random prose: the same megabyte on every run, with the word statistics of news
  // text rather than of random letters (which would make approximate search unrealistically easy).
  function prose(length: number, seed: number): string {
    const vocabulary = (
      'the of and to in a is that for it as was with be by on not he this are or his from at ' +
      'which but have an they said were her she there been one all we their has would when if ' +
      'so no what officials ministry agency reported according sources militants ceasefire ' +
      'coalition troops border talks government statement spokesman forces region city attack ' +
      'claims news report'
    ).split(' ');
    let state = seed;
    const random = (): number => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const parts: string[] = [];
    let total = 0;
    while (total < length) {
      const words: string[] = [];
      const count = 8 + Math.floor(random() * 14);
      for (let i = 0; i < count; i += 1) {
        words.push(vocabulary[Math.floor(random() * vocabulary.length)] ?? 'news');
      }
      const sentence = `${words.join(' ')}. `;
      parts.push(sentence);
      total += sentence.length;
    }
    return parts.join('').slice(0, length);
  }

  const megabyte = prose(1_000_000, 2024);

  it('finds a slightly altered 300-character quote in a 1 MB text well within two seconds', () => {
    const start = 712_345;
    const anchor = createAnchor(megabyte, start, start + 300);
    // Two letters replaced, one inserted, three deleted; 5,000 characters cut from earlier on.
    const quote = anchor.quote;
    const altered = `${quote.slice(0, 40)}XY${quote.slice(42, 150)}Z` + quote.slice(150, 260) + quote.slice(263);
    const edited = megabyte.slice(0, 100_000) + megabyte.slice(105_000, start) + altered + megabyte.slice(start + 300);
    const expected = { start: start - 5000, end: start - 5000 + altered.length };

    const began = performance.now();
    const bare = matchQuote(edited, quote);
    const followed = reanchor(edited, anchor);
    const elapsed = performance.now() - began;

    expect(bare).toMatchObject(expected);
    expect(anchored(followed).anchor).toMatchObject({ ...expected, quote: altered });
    expect(elapsed).toBeLessThan(2000);
  });

  it('finds a 3,000-character quote with scattered edits in a 1 MB text without a hint', () => {
    const start = 401_000;
    const quote = megabyte.slice(start, start + 3000);
    let edited = quote;
    for (let at = 100; at < 3000; at += 250) {
      edited = `${edited.slice(0, at)}#${edited.slice(at + 1)}`;
    }
    const text = megabyte.slice(0, start) + edited + megabyte.slice(start + 3000);

    const began = performance.now();
    const match = matchQuote(text, quote);
    const elapsed = performance.now() - began;

    expect(match).toMatchObject({ start, end: start + 3000 });
    expect(elapsed).toBeLessThan(2000);
  });

  it('stays fast when one paragraph is pasted thousands of times', () => {
    // A comment thread flooded with the same paragraph: every copy is an equally good candidate.
    const paragraph = 'Reader comment: the ministry said the attack was repelled and nobody was hurt. ';
    const copies = 4000;
    const marked = paragraph.length * 2000;
    const before = paragraph.repeat(2000) + 'PINNED >> ' + paragraph.replace('attack', 'atack') + paragraph.repeat(copies - 2001);
    const anchor = createAnchor(before, marked + 10, marked + 10 + 1200);
    // The pin and the typo are both gone, so no copy matches the stored quote or prefix exactly.
    const after = paragraph.repeat(copies);

    const began = performance.now();
    const result = anchored(reanchor(after, anchor));
    const elapsed = performance.now() - began;

    // The copy at the old place, one letter longer now that "atack" is spelled right.
    expect(result.anchor.start).toBe(marked);
    expect(result.anchor.end).toBe(marked + 1201);
    expect(elapsed).toBeLessThan(2000);
  });
});
