import { describe, expect, it } from 'vitest';

import {
  cursorKeyAction,
  type CursorKeyPress,
  type CursorMove,
  cursorSpan,
  describeCursor,
  moveCursor,
  paragraphSpanAt,
  type ReaderSentence,
  readerSentences,
  type SentenceCursor,
  sentenceIndexAt,
  sentenceSpanAt,
  settleCursor,
  visibleIn,
} from '../../../../../../renderer/reader/plugins/SentenceCursorPlugin/sentence-cursor.js';
import { layoutText, type TextRegion } from '../../../../../../renderer/reader/text-layout.js';

// Page furniture, a two-paragraph article and a reader comment, as a saved page has them.
const TEXT = [
  'Home | World | Sport',
  'Subscribe now. Log in.',
  'Erdoğan and Putin agree on Idlib zone',
  'Turkish President Recep Tayyip Erdoğan reached an accord with Vladimir Putin, TASS reported. The zone will be 15-20 km deep. Gen. Igor Konashenkov said so.',
  'Reuters could not confirm it. Analysts expect the deal to hold.',
  'Reader42',
  'This is a lie! Nobody believes it.',
].join('\n\n');

const ARTICLE_START = TEXT.indexOf('Erdoğan and Putin');
const COMMENTS_START = TEXT.indexOf('Reader42');
const layout = layoutText(TEXT, COMMENTS_START, ARTICLE_START);
const sentences = readerSentences(TEXT, layout);
const words = (sentence: ReaderSentence | undefined) => (sentence ? TEXT.slice(sentence.start, sentence.end) : undefined);
const indexOf = (start: string) => sentences.findIndex((sentence) => words(sentence)!.startsWith(start));
const at = (start: string): SentenceCursor => ({ anchor: indexOf(start), focus: indexOf(start) });
const covered = (cursor: SentenceCursor) => TEXT.slice(cursorSpan(sentences, cursor).start, cursorSpan(sentences, cursor).end);

const ALL_OPEN = visibleIn(new Set<TextRegion>());
const FOLDED = visibleIn(new Set<TextRegion>(['furniture', 'comments']));

function moves(cursor: SentenceCursor, steps: CursorMove[], extend = false, visible = ALL_OPEN): string {
  const end = steps.reduce((current, move) => moveCursor(sentences, current, move, extend, visible), cursor);
  return covered(end);
}

describe('readerSentences', () => {
  it('splits the stored text into sentences with their offsets, one paragraph at a time', () => {
    expect(sentences.map(words)).toEqual([
      'Home | World | Sport',
      'Subscribe now.',
      'Log in.',
      'Erdoğan and Putin agree on Idlib zone',
      'Turkish President Recep Tayyip Erdoğan reached an accord with Vladimir Putin, TASS reported.',
      'The zone will be 15-20 km deep.',
      // The title before a name does not end the sentence.
      'Gen. Igor Konashenkov said so.',
      'Reuters could not confirm it.',
      'Analysts expect the deal to hold.',
      'Reader42',
      'This is a lie!',
      'Nobody believes it.',
    ]);
    expect(sentences.map((sentence) => sentence.region)).toEqual([
      'furniture',
      'furniture',
      'furniture',
      ...Array(6).fill('article'),
      'comments',
      'comments',
      'comments',
    ]);
    expect(sentences[indexOf('Reuters')]!.block).toBe(layout.blocks.findIndex((block) => TEXT.slice(block.start).startsWith('Reuters')));
  });

  it('cuts a quotation that runs over two paragraphs where the paragraph ends', () => {
    const text = '“We will not leave.\n\nWe will stay,” he said.';
    const own = readerSentences(text, layoutText(text, null));
    expect(own.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['“We will not leave.', 'We will stay,” he said.']);
    expect(own.map((sentence) => sentence.block)).toEqual([0, 1]);
  });

  it('has no sentences for an empty or blank text', () => {
    expect(readerSentences('', layoutText('', null))).toEqual([]);
    expect(readerSentences('\n\n  \n', layoutText('\n\n  \n', null))).toEqual([]);
  });
});

describe('moveCursor', () => {
  it('steps from sentence to sentence, across paragraphs, and stays put at either end', () => {
    expect(moves(at('The zone'), ['next'])).toBe('Gen. Igor Konashenkov said so.');
    expect(moves(at('Gen.'), ['next'])).toBe('Reuters could not confirm it.');
    expect(moves(at('Reuters'), ['previous', 'previous'])).toBe('The zone will be 15-20 km deep.');
    expect(moves(at('Nobody'), ['next'])).toBe('Nobody believes it.');
    expect(moves(at('Home'), ['previous'])).toBe('Home | World | Sport');
  });

  it('skips the folded furniture and comments, and finds them again once unfolded', () => {
    expect(moves(at('Analysts'), ['next'], false, FOLDED)).toBe('Analysts expect the deal to hold.');
    expect(moves(at('Erdoğan'), ['previous'], false, FOLDED)).toBe('Erdoğan and Putin agree on Idlib zone');
    expect(moves(at('Analysts'), ['first'], false, FOLDED)).toBe('Erdoğan and Putin agree on Idlib zone');
    expect(moves(at('Turkish'), ['last'], false, FOLDED)).toBe('Analysts expect the deal to hold.');
    expect(moves(at('Analysts'), ['next'])).toBe('Reader42');
    expect(moves(at('Erdoğan'), ['previous'])).toBe('Log in.');
  });

  it('extends over several sentences with the focus moving and the anchor staying, and shrinks back', () => {
    expect(moves(at('Turkish'), ['next', 'next'], true)).toBe(
      'Turkish President Recep Tayyip Erdoğan reached an accord with Vladimir Putin, TASS reported. The zone will be 15-20 km deep. Gen. Igor Konashenkov said so.',
    );
    expect(moves(at('Turkish'), ['next', 'next', 'previous'], true)).toBe(
      'Turkish President Recep Tayyip Erdoğan reached an accord with Vladimir Putin, TASS reported. The zone will be 15-20 km deep.',
    );
    // Backwards past the anchor: the cursor covers what lies between, whichever way it was extended.
    expect(moves(at('The zone'), ['previous', 'previous'], true)).toBe(
      'Erdoğan and Putin agree on Idlib zone\n\nTurkish President Recep Tayyip Erdoğan reached an accord with Vladimir Putin, TASS reported. The zone will be 15-20 km deep.',
    );
    // Not into a folded region, even when extending.
    expect(moves(at('Reuters'), ['next', 'next', 'next'], true, FOLDED)).toBe(
      'Reuters could not confirm it. Analysts expect the deal to hold.',
    );
  });

  it('leaves an extended cursor from its far end in the direction of travel', () => {
    const extended = moveCursor(sentences, at('Turkish'), 'next', true, ALL_OPEN);
    expect(covered(moveCursor(sentences, extended, 'next', false, ALL_OPEN))).toBe('Gen. Igor Konashenkov said so.');
    expect(covered(moveCursor(sentences, extended, 'previous', false, ALL_OPEN))).toBe('Erdoğan and Putin agree on Idlib zone');
    const backwards = moveCursor(sentences, at('The zone'), 'previous', true, ALL_OPEN);
    expect(covered(moveCursor(sentences, backwards, 'next', false, ALL_OPEN))).toBe('Gen. Igor Konashenkov said so.');
    // At the last sentence, a plain move collapses onto it.
    const toTheEnd = moveCursor(sentences, at('Reuters'), 'next', true, FOLDED);
    expect(covered(moveCursor(sentences, toTheEnd, 'next', false, FOLDED))).toBe('Analysts expect the deal to hold.');
  });

  it('steps by paragraph: to the next paragraph’s start, back to this one’s start and then the one before', () => {
    expect(moves(at('The zone'), ['next-paragraph'])).toBe('Reuters could not confirm it.');
    expect(moves(at('Gen.'), ['previous-paragraph'])).toBe(
      'Turkish President Recep Tayyip Erdoğan reached an accord with Vladimir Putin, TASS reported.',
    );
    expect(moves(at('Turkish'), ['previous-paragraph'])).toBe('Erdoğan and Putin agree on Idlib zone');
    expect(moves(at('Analysts'), ['next-paragraph'], false, FOLDED)).toBe('Analysts expect the deal to hold.');
    expect(moves(at('Erdoğan'), ['previous-paragraph'], false, FOLDED)).toBe('Erdoğan and Putin agree on Idlib zone');
  });

  it('extends by paragraph to the end of this one, then over the whole next one', () => {
    expect(moves(at('The zone'), ['next-paragraph'], true)).toBe('The zone will be 15-20 km deep. Gen. Igor Konashenkov said so.');
    expect(moves(at('The zone'), ['next-paragraph', 'next-paragraph'], true)).toBe(
      'The zone will be 15-20 km deep. Gen. Igor Konashenkov said so.\n\nReuters could not confirm it. Analysts expect the deal to hold.',
    );
    expect(moves(at('Gen.'), ['previous-paragraph'], true)).toBe(
      'Turkish President Recep Tayyip Erdoğan reached an accord with Vladimir Putin, TASS reported. The zone will be 15-20 km deep. Gen. Igor Konashenkov said so.',
    );
  });
});

describe('settleCursor', () => {
  it('keeps a cursor that can still be seen and moves one in a region just folded onto the nearest sentence in view', () => {
    const inArticle = at('Reuters');
    expect(settleCursor(sentences, inArticle, FOLDED)).toBe(inArticle);
    expect(covered(settleCursor(sentences, at('This is'), FOLDED)!)).toBe('Analysts expect the deal to hold.');
    expect(covered(settleCursor(sentences, at('Log in'), FOLDED)!)).toBe('Erdoğan and Putin agree on Idlib zone');
    const reachingIntoComments = { anchor: indexOf('Analysts'), focus: indexOf('Reader42') };
    expect(covered(settleCursor(sentences, reachingIntoComments, FOLDED)!)).toBe('Analysts expect the deal to hold.');
  });

  it('gives null when nothing is left in view', () => {
    const text = 'Menu\n\nLogin';
    const own = readerSentences(text, layoutText(text, null, text.indexOf('Login') + 100));
    expect(settleCursor(own, { anchor: 0, focus: 0 }, visibleIn(new Set<TextRegion>(['article'])))).toBeNull();
  });
});

describe('finding sentences and paragraphs at an offset', () => {
  it('finds the sentence containing an offset, the next one in the space between, the last one past the end', () => {
    expect(words(sentences[sentenceIndexAt(sentences, TEXT.indexOf('15-20'))])).toBe('The zone will be 15-20 km deep.');
    expect(words(sentences[sentenceIndexAt(sentences, TEXT.indexOf(' The zone'))])).toBe('The zone will be 15-20 km deep.');
    expect(words(sentences[sentenceIndexAt(sentences, TEXT.length + 5)])).toBe('Nobody believes it.');
    expect(sentenceIndexAt([], 3)).toBe(-1);
  });

  it('gives the sentence and the paragraph for a context menu, within the paragraph clicked', () => {
    const span = (value: { start: number; end: number } | null) => (value ? TEXT.slice(value.start, value.end) : null);
    expect(span(sentenceSpanAt(sentences, layout, TEXT.indexOf('km deep')))).toBe('The zone will be 15-20 km deep.');
    // A click after a paragraph's last word lands at its end: that sentence, not the next paragraph's first.
    expect(span(sentenceSpanAt(sentences, layout, TEXT.indexOf('hold.') + 5))).toBe('Analysts expect the deal to hold.');
    expect(span(paragraphSpanAt(TEXT, layout, TEXT.indexOf('hold.') + 5))).toBe(
      'Reuters could not confirm it. Analysts expect the deal to hold.',
    );
    // Between two sentences of a paragraph: the one before.
    expect(span(sentenceSpanAt(sentences, layout, TEXT.indexOf(' Analysts')))).toBe('Reuters could not confirm it.');
    expect(span(paragraphSpanAt(TEXT, layout, TEXT.indexOf('km deep')))).toBe(
      'Turkish President Recep Tayyip Erdoğan reached an accord with Vladimir Putin, TASS reported. The zone will be 15-20 km deep. Gen. Igor Konashenkov said so.',
    );
    expect(span(paragraphSpanAt(TEXT, layout, TEXT.indexOf('Nobody')))).toBe('This is a lie! Nobody believes it.');
    expect(paragraphSpanAt(TEXT, layout, TEXT.length + 10)).toBeNull();
  });
});

describe('cursorKeyAction', () => {
  const press = (key: string, patch: Partial<CursorKeyPress> = {}): CursorKeyPress => ({
    key,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...patch,
  });

  it('moves by sentence with the arrows, following the text’s direction along the line', () => {
    expect(cursorKeyAction(press('ArrowDown'), 'ltr')).toEqual({ kind: 'move', move: 'next', extend: false });
    expect(cursorKeyAction(press('ArrowUp'), 'ltr')).toEqual({ kind: 'move', move: 'previous', extend: false });
    expect(cursorKeyAction(press('ArrowRight'), 'ltr')).toEqual({ kind: 'move', move: 'next', extend: false });
    expect(cursorKeyAction(press('ArrowLeft'), 'ltr')).toEqual({ kind: 'move', move: 'previous', extend: false });
    expect(cursorKeyAction(press('ArrowLeft'), 'rtl')).toEqual({ kind: 'move', move: 'next', extend: false });
    expect(cursorKeyAction(press('ArrowRight'), 'rtl')).toEqual({ kind: 'move', move: 'previous', extend: false });
  });

  it('extends with Shift, moves by paragraph with Ctrl or Cmd, and goes to the ends with Home and End', () => {
    expect(cursorKeyAction(press('ArrowDown', { shiftKey: true }), 'ltr')).toEqual({ kind: 'move', move: 'next', extend: true });
    expect(cursorKeyAction(press('ArrowDown', { ctrlKey: true }), 'ltr')).toEqual({ kind: 'move', move: 'next-paragraph', extend: false });
    expect(cursorKeyAction(press('ArrowUp', { metaKey: true, shiftKey: true }), 'ltr')).toEqual({
      kind: 'move',
      move: 'previous-paragraph',
      extend: true,
    });
    expect(cursorKeyAction(press('Home'), 'ltr')).toEqual({ kind: 'move', move: 'first', extend: false });
    expect(cursorKeyAction(press('End', { shiftKey: true }), 'ltr')).toEqual({ kind: 'move', move: 'last', extend: true });
  });

  it('makes the claim with C or Ctrl/Cmd+Enter, as for a mouse selection, and hides with Escape', () => {
    expect(cursorKeyAction(press('c'), 'ltr')).toEqual({ kind: 'make-claim' });
    expect(cursorKeyAction(press('C'), 'ltr')).toEqual({ kind: 'make-claim' });
    expect(cursorKeyAction(press('Enter', { ctrlKey: true }), 'ltr')).toEqual({ kind: 'make-claim' });
    expect(cursorKeyAction(press('Enter', { metaKey: true }), 'ltr')).toEqual({ kind: 'make-claim' });
    expect(cursorKeyAction(press('Escape'), 'ltr')).toEqual({ kind: 'escape' });
  });

  it('leaves other keys alone: Alt+arrows step through claims, Ctrl+C copies, plain Enter and letters do nothing here', () => {
    expect(cursorKeyAction(press('ArrowDown', { altKey: true }), 'ltr')).toBeNull();
    expect(cursorKeyAction(press('c', { ctrlKey: true }), 'ltr')).toBeNull();
    expect(cursorKeyAction(press('c', { metaKey: true }), 'ltr')).toBeNull();
    expect(cursorKeyAction(press('Enter'), 'ltr')).toBeNull();
    expect(cursorKeyAction(press('ArrowRight', { ctrlKey: true }), 'ltr')).toBeNull();
    expect(cursorKeyAction(press('j'), 'ltr')).toBeNull();
    expect(cursorKeyAction(press('PageDown'), 'ltr')).toBeNull();
  });
});

describe('describeCursor', () => {
  it('counts only the sentences in view and reads out the sentence the cursor moved to', () => {
    expect(describeCursor(TEXT, sentences, at('The zone'), FOLDED)).toEqual({
      position: 'Sentence 3 of 6',
      words: 'The zone will be 15-20 km deep.',
    });
    expect(describeCursor(TEXT, sentences, at('The zone'), ALL_OPEN).position).toBe('Sentence 6 of 12');
    const extended = { anchor: indexOf('Reuters'), focus: indexOf('The zone') };
    expect(describeCursor(TEXT, sentences, extended, FOLDED)).toEqual({
      position: 'Sentences 3–5 of 6',
      words: 'The zone will be 15-20 km deep.',
    });
  });
});
