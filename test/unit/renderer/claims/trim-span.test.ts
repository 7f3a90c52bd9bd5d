import { describe, expect, it } from 'vitest';

import { trimSpan } from '../../../../renderer/claims/trim-span.js';

describe('a selection made into a claim', () => {
  const text = 'He said:\n\n  "We will stay."  \n\nEnd.';

  it('covers the words only, not the spaces and line breaks a drag picks up', () => {
    const start = text.indexOf('said') + 4 + 1;
    const end = text.indexOf('End');
    expect(trimSpan(text, start, end)).toEqual({ start: text.indexOf('"We'), end: text.indexOf('."') + 2 });
  });

  it('accepts a selection made backwards', () => {
    expect(trimSpan(text, 7, 0)).toEqual({ start: 0, end: 7 });
  });

  it('is nothing when only whitespace was selected', () => {
    expect(trimSpan(text, 8, 12)).toBeNull();
  });
});
