import { describe, expect, it } from 'vitest';

import { chainIdentity, extendsChain } from '../../../../core/detection/chain-identity.js';

const named = (source: string) => ({ source, sourceId: null });

describe('chainIdentity', () => {
  it('tells registry sources apart by ID, whatever name they are shown under', () => {
    expect(chainIdentity([{ source: 'TASS', sourceId: 'src-1' }])).toBe(chainIdentity([{ source: 'ТАСС', sourceId: 'src-1' }]));
    expect(chainIdentity([{ source: 'TASS', sourceId: 'src-1' }])).not.toBe(chainIdentity([{ source: 'TASS', sourceId: 'src-2' }]));
  });

  it('folds the names of other sources: case, compatibility forms and spacing do not count', () => {
    expect(chainIdentity([named('Dana  Holt'), named('ТАСС')])).toBe(chainIdentity([named('dana holt '), named('тасс')]));
    expect(chainIdentity([named('ｆａｒｓ')])).toBe(chainIdentity([named('Fars')]));
  });

  it('keeps hops apart even when a name holds the characters a join would use', () => {
    expect(chainIdentity([named('a","b')])).not.toBe(chainIdentity([named('a'), named('b')]));
  });

  it('keeps the order of hops', () => {
    expect(chainIdentity([named('Reuters'), named('TASS')])).not.toBe(chainIdentity([named('TASS'), named('Reuters')]));
  });
});

describe('extendsChain', () => {
  it('holds when the longer chain starts with every hop of the shorter one', () => {
    expect(extendsChain([named('Dana Holt'), named('Sputnik')], [named('dana holt')])).toBe(true);
  });

  it('does not hold for a chain of the same length, a different first hop, or a shorter chain', () => {
    expect(extendsChain([named('Sputnik')], [named('Sputnik')])).toBe(false);
    expect(extendsChain([named('Mark Fenn'), named('Sputnik')], [named('Dana Holt')])).toBe(false);
    expect(extendsChain([named('Dana Holt')], [named('Dana Holt'), named('Sputnik')])).toBe(false);
  });
});
