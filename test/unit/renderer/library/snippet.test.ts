import { describe, expect, it } from 'vitest';

import { SNIPPET_MARK_END as END, SNIPPET_MARK_START as START } from '../../../../core/domain.js';
import { focusSnippet, splitSnippet } from '../../../../renderer/library/snippet.js';

describe('splitSnippet', () => {
  it('separates the marked matches from the text around them', () => {
    expect(splitSnippet(`…the ${START}ceasefire${END} held near ${START}Idlib${END}.`)).toEqual([
      { text: '…the ', marked: false },
      { text: 'ceasefire', marked: true },
      { text: ' held near ', marked: false },
      { text: 'Idlib', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('keeps markup-looking text as plain text', () => {
    expect(splitSnippet(`<img src=x onerror=alert(1)> ${START}<b>${END}`)).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: '<b>', marked: true },
    ]);
  });

  it('copes with a snippet cut inside a match and with empty marks', () => {
    expect(splitSnippet(`start ${START}cut off`)).toEqual([
      { text: 'start ', marked: false },
      { text: 'cut off', marked: true },
    ]);
    expect(splitSnippet(`a${START}${END}b`)).toEqual([{ text: 'ab', marked: false }]);
    expect(splitSnippet('')).toEqual([]);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(splitSnippet(`${START}😀${END} ok`)).toEqual([
      { text: '😀', marked: true },
      { text: ' ok', marked: false },
    ]);
  });
});

describe('focusSnippet', () => {
  it('shortens a long run of text before the first match at a word boundary', () => {
    const pieces = splitSnippet(
      `…The Turkish minister also claimed that certain coalition members pay HTS commanders for every violation of the ${START}ceasefire${END} line.`,
    );
    const focused = focusSnippet(pieces, 40);
    expect(focused[0]).toEqual({ text: '…commanders for every violation of the ', marked: false });
    expect(focused[0]!.text.length).toBeLessThanOrEqual(41);
    expect(focused.slice(1)).toEqual(pieces.slice(1));
  });

  it('keeps a word the cut falls just before', () => {
    const pieces = splitSnippet(`one two three four ${START}five${END}`);
    expect(focusSnippet(pieces, 'three four '.length)[0]).toEqual({ text: '…three four ', marked: false });
  });

  it('leaves a short lead, and a snippet that starts with its match, as they are', () => {
    const short = splitSnippet(`…of the ${START}ceasefire${END} line`);
    expect(focusSnippet(short, 40)).toEqual(short);
    const leading = splitSnippet(`${START}Ceasefire${END} talks resumed`);
    expect(focusSnippet(leading, 5)).toEqual(leading);
  });
});
