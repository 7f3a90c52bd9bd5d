import { describe, expect, it } from 'vitest';

import { hasRationale, lacksRequiredRationale, rationaleJsonError } from '../../../../core/review/rationale.js';

const RATING = '0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b06';

describe('the rationale rule', () => {
  it('asks for a rationale only from a claim that is done with a verdict', () => {
    expect(lacksRequiredRationale({ status: 'done', ratingId: RATING, rationaleText: '' })).toBe(true);
    expect(lacksRequiredRationale({ status: 'done', ratingId: RATING, rationaleText: ' \n\t ' })).toBe(true);
    expect(lacksRequiredRationale({ status: 'done', ratingId: RATING, rationaleText: 'The ministry denied it.' })).toBe(false);
    expect(lacksRequiredRationale({ status: 'done', ratingId: null, rationaleText: '' })).toBe(false);
    expect(lacksRequiredRationale({ status: 'in_review', ratingId: RATING, rationaleText: '' })).toBe(false);
  });

  it('does not count white space as a rationale', () => {
    expect(hasRationale('   ')).toBe(false);
    expect(hasRationale('\u00a0x')).toBe(true);
  });
});

describe('rationale editor state', () => {
  const state = JSON.stringify({ root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 } });

  it('accepts Lexical editor state', () => {
    expect(rationaleJsonError(state)).toBeNull();
  });

  it('refuses text that is not JSON, or JSON without a root object', () => {
    expect(rationaleJsonError('{"root":')).toMatch(/not valid JSON/);
    for (const json of ['[]', '"root"', 'null', '{"root": []}', '{"root": null}', '{"children": []}']) {
      expect(rationaleJsonError(json)).toMatch(/needs a "root" object/);
    }
  });
});
