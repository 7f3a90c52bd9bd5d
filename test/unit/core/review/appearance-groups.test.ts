import { describe, expect, it } from 'vitest';

import { type GroupClaim, groupClaims, type GroupLink } from '../../../../core/review/appearance-groups.js';

const claim = (id: string, documentId: string, start: number | null, end: number | null): GroupClaim => ({ id, documentId, start, end });
const link = (claimId: string, documentId: string, start: number, end: number): GroupLink => ({ claimId, documentId, start, end });

function membersOf(groups: ReturnType<typeof groupClaims>, claimId: string) {
  return groups
    .get(claimId)!
    .members.map((m) => `${m.documentId}:${[...m.claimIds].sort().join('+')}`)
    .sort();
}

describe('claims carried by several documents', () => {
  it('joins a claim with the claim made on the passage it is linked to', () => {
    const groups = groupClaims([claim('a', 'd1', 0, 40), claim('b', 'd2', 100, 140)], [link('a', 'd2', 105, 139)]);
    expect(groups.get('a')).toBe(groups.get('b'));
    expect(membersOf(groups, 'a')).toEqual(['d1:a', 'd2:b']);
  });

  it('follows links however long the trail, in either direction', () => {
    const groups = groupClaims(
      [claim('a', 'd1', 0, 10), claim('b', 'd2', 0, 10), claim('c', 'd3', 0, 10), claim('x', 'd4', 0, 10)],
      [link('a', 'd2', 0, 10), link('c', 'd2', 2, 8)],
    );
    expect(membersOf(groups, 'c')).toEqual(['d1:a', 'd2:b', 'd3:c']);
    expect(membersOf(groups, 'x')).toEqual(['d4:x']);
  });

  it('keeps a linked passage nobody made a claim on as a document of the group', () => {
    const groups = groupClaims([claim('a', 'd1', 0, 10), claim('far', 'd2', 500, 520)], [link('a', 'd2', 0, 10)]);
    expect(membersOf(groups, 'a')).toEqual(['d1:a', 'd2:']);
    expect(membersOf(groups, 'far')).toEqual(['d2:far']);
  });

  it('never joins an orphan, which has no passage to be linked to', () => {
    const groups = groupClaims([claim('a', 'd1', 0, 10), claim('lost', 'd2', null, null)], [link('a', 'd2', 0, 10)]);
    expect(groups.get('a')).not.toBe(groups.get('lost'));
  });

  it('ignores links of claims it was not given (deleted ones)', () => {
    const groups = groupClaims([claim('a', 'd1', 0, 10)], [link('gone', 'd1', 0, 10)]);
    expect(membersOf(groups, 'a')).toEqual(['d1:a']);
  });

  it('holds two claims of one document under one document', () => {
    const groups = groupClaims(
      [claim('head', 'd1', 0, 10), claim('body', 'd1', 50, 60), claim('b', 'd2', 0, 10)],
      [link('b', 'd1', 0, 10), link('b', 'd1', 50, 60)],
    );
    expect(membersOf(groups, 'b')).toEqual(['d1:body+head', 'd2:b']);
  });
});
