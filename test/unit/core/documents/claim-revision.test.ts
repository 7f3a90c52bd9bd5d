import { describe, expect, it } from 'vitest';

import { createAnchor } from '../../../../core/anchoring.js';
import { placeInNewVersion, revisionKind, sameWording } from '../../../../core/documents/claim-revision.js';
import { OldToNewOffsets } from '../../../../core/text/diff-offsets.js';
import { diffTexts } from '../../../../core/text/text-diff.js';

const FIRST = 'The ministry said on Monday that the convoy of twelve trucks had crossed into Idlib.';
const SECOND = 'Local residents told reporters that the road had been closed since dawn.';
const THIRD = 'A spokesman for the governor declined to comment on the reports.';
const ARTICLE = `Convoy crosses into Idlib\n\n${FIRST}\n\n${SECOND}\n\n${THIRD}\n`;

/** A claim on `words` of the old article, placed in the new one. */
function place(oldText: string, newText: string, words: string) {
  const start = oldText.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the old text`);
  const stored = createAnchor(oldText, start, start + words.length);
  return placeInNewVersion(new OldToNewOffsets(diffTexts(oldText, newText)), newText, stored);
}

describe('placeInNewVersion', () => {
  it('says nothing about a claim whose words only shifted because text was added before them', () => {
    const revised = ARTICLE.replace(
      'Convoy crosses into Idlib\n\n',
      'Convoy crosses into Idlib\n\nUpdated at 14:00 with comment from the governor.\n\n',
    );
    const placed = place(ARTICLE, revised, SECOND);
    expect(placed.kind).toBeNull();
    expect(revised.slice(placed.anchor!.start, placed.anchor!.end)).toBe(SECOND);
    expect(placed.anchor!.start).toBeGreaterThan(ARTICLE.indexOf(SECOND));
  });

  it('says nothing when an edit elsewhere in the same paragraph changed words around the claim', () => {
    const revised = ARTICLE.replace('on Monday', 'late on Monday');
    expect(place(ARTICLE, revised, 'the convoy of twelve trucks had crossed into Idlib').kind).toBeNull();
  });

  it('finds a claim changed when its quoted words were reworded, with the new wording', () => {
    const revised = ARTICLE.replace('twelve trucks', 'eight trucks');
    const placed = place(ARTICLE, revised, FIRST);
    expect(placed.kind).toBe('changed');
    expect(placed.anchor!.quote).toBe(FIRST.replace('twelve', 'eight'));
  });

  it('finds a claim vanished when its sentence was taken out, and leaves it without a place', () => {
    const revised = ARTICLE.replace(`${SECOND}\n\n`, '');
    expect(place(ARTICLE, revised, SECOND)).toEqual({ anchor: null, kind: 'vanished' });
  });

  it('finds a claim moved when its sentence went to another paragraph', () => {
    const revised = `Convoy crosses into Idlib\n\n${SECOND}\n\n${THIRD}\n\n${FIRST}\n`;
    const placed = place(ARTICLE, revised, FIRST);
    expect(placed.kind).toBe('moved');
    expect(revised.slice(placed.anchor!.start, placed.anchor!.end)).toBe(FIRST);
  });

  it('calls the shorter of two swapped paragraphs moved, and the longer one left in place', () => {
    const swapped = `Convoy crosses into Idlib\n\n${FIRST}\n\n${THIRD}\n\n${SECOND}\n`;
    expect(SECOND.length).toBeGreaterThan(THIRD.length);
    expect(place(ARTICLE, swapped, SECOND).kind).toBeNull();
    expect(place(ARTICLE, swapped, THIRD).kind).toBe('moved');
  });

  it('does not call a passage changed when only its line breaks or spacing changed', () => {
    const wrapped = ARTICLE.replace('the convoy of twelve trucks', 'the convoy of\ntwelve trucks');
    const placed = place(ARTICLE, wrapped, 'the convoy of twelve trucks');
    expect(placed.anchor).not.toBeNull();
    expect(placed.kind).toBeNull();
  });

  it('places a repeated sentence where the diff carries it, not at the first copy a search meets', () => {
    const repeated = `Headline\n\n${THIRD}\n\nMiddle paragraph.\n\n${THIRD}\n`;
    const revised = repeated.replace('Middle paragraph.', 'Middle paragraph, longer now than it was before.');
    const second = repeated.lastIndexOf(THIRD);
    const stored = createAnchor(repeated, second, second + THIRD.length);
    const placed = placeInNewVersion(new OldToNewOffsets(diffTexts(repeated, revised)), revised, stored);
    expect(placed).toMatchObject({ kind: null, anchor: { start: revised.lastIndexOf(THIRD) } });
  });

  it('has nothing to say about a claim that was already an orphan, but still finds its words', () => {
    const offsets = new OldToNewOffsets(diffTexts(ARTICLE, ARTICLE));
    const orphan = { quote: SECOND, prefix: '', suffix: '', start: null, end: null };
    const placed = placeInNewVersion(offsets, ARTICLE, orphan);
    expect(placed.kind).toBeNull();
    expect(placed.anchor?.start).toBe(ARTICLE.indexOf(SECOND));
  });
});

describe('revisionKind', () => {
  it('judges a placement given from elsewhere (the history of an older workbench)', () => {
    const revised = ARTICLE.replace(`${FIRST}\n\n`, '') + `\n${FIRST}\n`;
    const offsets = new OldToNewOffsets(diffTexts(ARTICLE, revised));
    const old = { quote: FIRST, start: ARTICLE.indexOf(FIRST), end: ARTICLE.indexOf(FIRST) + FIRST.length };
    const moved = { quote: FIRST, start: revised.lastIndexOf(FIRST), end: revised.lastIndexOf(FIRST) + FIRST.length };
    expect(revisionKind(offsets, old, moved)).toBe('moved');
    expect(revisionKind(offsets, old, null)).toBe('vanished');
    expect(revisionKind(offsets, old, { ...moved, quote: 'Another sentence entirely.' })).toBe('changed');
  });
});

describe('sameWording', () => {
  it('ignores spacing and line breaks, never words, case or punctuation', () => {
    expect(sameWording('the  convoy\ncrossed ', 'the convoy crossed')).toBe(true);
    expect(sameWording('The convoy crossed', 'the convoy crossed')).toBe(false);
    expect(sameWording('twelve trucks', 'twelve trucks.')).toBe(false);
  });
});
