import { describe, expect, it } from 'vitest';

import { DEFAULT_DIFF_BUDGET } from '../../../../core/text/myers-diff.js';
import { type DiffSegment, diffTexts, readableTextDiff } from '../../../../core/text/text-diff.js';

const short = (segments: DiffSegment[]) => segments.map((segment) => [segment.kind, segment.text]);

/** Every diff must rebuild both texts exactly, with offsets that say where each segment sits in each. */
function expectRebuilds(segments: DiffSegment[], oldText: string, newText: string): void {
  const oldSide = segments.filter((segment) => segment.kind !== 'insert');
  const newSide = segments.filter((segment) => segment.kind !== 'delete');
  expect(oldSide.map((segment) => segment.text).join('')).toBe(oldText);
  expect(newSide.map((segment) => segment.text).join('')).toBe(newText);
  for (const segment of segments) {
    if (segment.kind !== 'insert') expect(oldText.slice(segment.oldStart, segment.oldEnd)).toBe(segment.text);
    else expect(segment.oldEnd).toBe(segment.oldStart);
    if (segment.kind !== 'delete') expect(newText.slice(segment.newStart, segment.newEnd)).toBe(segment.text);
    else expect(segment.newEnd).toBe(segment.newStart);
  }
}

function both(oldText: string, newText: string): DiffSegment[][] {
  const results = [diffTexts(oldText, newText), readableTextDiff(oldText, newText)];
  for (const segments of results) expectRebuilds(segments, oldText, newText);
  return results;
}

describe('diffTexts', () => {
  it('marks a replaced word and keeps the words and spaces around it', () => {
    const [exact] = both('The convoy left Idlib on Monday.', 'The convoy left Idlib on Tuesday.');
    expect(short(exact!)).toEqual([
      ['equal', 'The convoy left Idlib on '],
      ['delete', 'Monday'],
      ['insert', 'Tuesday'],
      ['equal', '.'],
    ]);
  });

  it('marks insertions and deletions, with offsets in each text', () => {
    const oldText = 'Officials said the talks would continue.';
    const newText = 'Officials in Ankara said the talks would continue next week.';
    const [exact] = both(oldText, newText);
    // A word carries the space before it, so an inserted phrase does too.
    expect(short(exact!)).toEqual([
      ['equal', 'Officials'],
      ['insert', ' in Ankara'],
      ['equal', ' said the talks would continue'],
      ['insert', ' next week'],
      ['equal', '.'],
    ]);
    expect(exact![2]).toMatchObject({ oldStart: 9, oldEnd: 39, newStart: 19, newEnd: 49 });

    const [deleted] = both(newText, oldText);
    expect(short(deleted!).filter(([kind]) => kind === 'delete')).toEqual([
      ['delete', ' in Ankara'],
      ['delete', ' next week'],
    ]);
  });

  it('gives identical texts one kept segment, and empty texts none', () => {
    expect(short(diffTexts('Same words.\n\nSame lines.', 'Same words.\n\nSame lines.'))).toEqual([['equal', 'Same words.\n\nSame lines.']]);
    expect(diffTexts('', '')).toEqual([]);
    expect(short(diffTexts('', 'All new.'))).toEqual([['insert', 'All new.']]);
    expect(short(diffTexts('All gone.', ''))).toEqual([['delete', 'All gone.']]);
  });

  it('compares paragraphs first and words only in the paragraphs that changed', () => {
    const oldText = 'Headline\n\nFirst paragraph stays.\n\nSecond paragraph says forty.\n\nThird stays too.\n';
    const newText = 'Headline\n\nFirst paragraph stays.\n\nSecond paragraph says fifty.\n\nThird stays too.\n';
    const [exact] = both(oldText, newText);
    expect(short(exact!)).toEqual([
      ['equal', 'Headline\n\nFirst paragraph stays.\n\nSecond paragraph says '],
      ['delete', 'forty'],
      ['insert', 'fifty'],
      ['equal', '.\n\nThird stays too.\n'],
    ]);
  });

  it('keeps right-to-left words, surrogate pairs and combining marks whole', () => {
    const [arabic] = both('قالت وكالة تاس إن المحادثات ستستمر', 'قالت وكالة سبوتنيك إن المحادثات ستستمر');
    expect(short(arabic!)).toContainEqual(['delete', 'تاس']);
    expect(short(arabic!)).toContainEqual(['insert', 'سبوتنيك']);

    const [emoji] = both('Reaction 😀 here', 'Reaction 😃 here');
    expect(short(emoji!)).toEqual([
      ['equal', 'Reaction '],
      ['delete', '😀'],
      ['insert', '😃'],
      ['equal', ' here'],
    ]);
    // A lone surrogate (a damaged file) is a token of its own, not a crash.
    both('broken \uD83D text', 'broken text');

    const [accented] = both('Cafe\u0301 owners protested', 'Cafe\u0301 workers protested');
    expect(short(accented!)[0]).toEqual(['equal', 'Cafe\u0301 ']);
  });

  it('compares Chinese and Japanese character by character, since they have no spaces', () => {
    const [exact] = both('北京是中国的首都', '北京是中华的首都');
    expect(short(exact!)).toEqual([
      ['equal', '北京是中'],
      ['delete', '国'],
      ['insert', '华'],
      ['equal', '的首都'],
    ]);
  });

  it('deletes a whole paragraph, keeping the full stop of the one before it', () => {
    const [exact] = both('First paragraph.\n\nSecond paragraph.\n\nThird.', 'First paragraph.\n\nThird.');
    expect(short(exact!)).toEqual([
      ['equal', 'First paragraph.'],
      ['delete', '\n\nSecond paragraph.'],
      ['equal', '\n\nThird.'],
    ]);
  });

  it('finds a paragraph taken out of one place and put in another, keeping the longer of two swapped ones in place', () => {
    const [exact] = both('One.\nA long paragraph stays here.\nShort.\n', 'One.\nShort.\nA long paragraph stays here.\n');
    expect(short(exact!)).toEqual([
      ['equal', 'One.'],
      ['insert', '\nShort.'],
      ['equal', '\nA long paragraph stays here.'],
      ['delete', '\nShort.'],
      ['equal', '\n'],
    ]);
    const [backwards] = both('One.\nShort.\nA long paragraph stays here.\n', 'One.\nA long paragraph stays here.\nShort.\n');
    expect(short(backwards!)).toEqual([
      ['equal', 'One.'],
      ['delete', '\nShort.'],
      ['equal', '\nA long paragraph stays here.'],
      ['insert', '\nShort.'],
      ['equal', '\n'],
    ]);
  });

  it('compares two versions of a 200 KB article in well under a second, and unrelated texts within the budget', () => {
    const paragraph = (index: number) =>
      `Paragraph ${index}: officials said on Monday that the talks would continue, according to TASS, citing sources in the ministry.\n\n`;
    const article = Array.from({ length: 1700 }, (_, index) => paragraph(index)).join('');
    expect(article.length).toBeGreaterThan(200_000);
    const revised = article
      .replace('Paragraph 12:', 'Paragraph twelve:')
      .replace('Paragraph 900: officials said', 'Paragraph 900: the minister said')
      .replace(paragraph(1500), '');
    let started = performance.now();
    const segments = diffTexts(article, revised);
    expect(performance.now() - started).toBeLessThan(500);
    expectRebuilds(segments, article, revised);
    expect(segments.filter((segment) => segment.kind !== 'equal')).toHaveLength(5);

    const words = (seed: number) => Array.from({ length: 30_000 }, (_, index) => `w${(index * seed) % 10_007}`).join(' ');
    started = performance.now();
    const unrelated = diffTexts(words(7919), words(104_729));
    expect(performance.now() - started).toBeLessThan(2000);
    expectRebuilds(unrelated, words(7919), words(104_729));
  });

  it('gives up within its budget and still answers a correct, coarser difference', () => {
    const budget = { steps: 50 };
    const oldText = 'alpha beta gamma delta epsilon zeta eta theta';
    const newText = 'beta alpha delta gamma zeta epsilon theta eta';
    const segments = diffTexts(oldText, newText, budget);
    expectRebuilds(segments, oldText, newText);
    expect(budget.steps).toBeLessThanOrEqual(0);
    expect(DEFAULT_DIFF_BUDGET).toBeGreaterThan(1_000_000);
  });
});

describe('readableTextDiff', () => {
  it('shows a rewritten clause as one deletion and one insertion, not word confetti', () => {
    const oldText = 'The quick brown fox jumps over the lazy dog.';
    const newText = 'A slow red fox walks under the lazy dog.';
    expect(short(diffTexts(oldText, newText))).toContainEqual(['equal', ' fox ']);
    const [, readable] = both(oldText, newText);
    expect(short(readable!)).toEqual([
      ['delete', 'The quick brown fox jumps over'],
      ['insert', 'A slow red fox walks under'],
      ['equal', ' the lazy dog.'],
    ]);
  });

  it('keeps a long unchanged stretch between two edits', () => {
    const [, readable] = both(
      'Monday: the ministry said the convoy had crossed into Idlib province overnight. Ten trucks.',
      'Tuesday: the ministry said the convoy had crossed into Idlib province overnight. Twelve trucks.',
    );
    expect(short(readable!)).toEqual([
      ['delete', 'Monday'],
      ['insert', 'Tuesday'],
      ['equal', ': the ministry said the convoy had crossed into Idlib province overnight. '],
      ['delete', 'Ten'],
      ['insert', 'Twelve'],
      ['equal', ' trucks.'],
    ]);
  });
});
