// Each change to a claim and the API calls that take it back and make it again.
import { describe, expect, it } from 'vitest';

import type { AttributionHop, Claim } from '../../../../core/domain.js';
import {
  acceptedEntry,
  chainEntry,
  createdEntry,
  deletedEntry,
  hopInputsOf,
  reattachedEntry,
  updatedEntry,
} from '../../../../renderer/claims/claim-commands.js';

const CLAIM: Claim = {
  id: '11111111-1111-4111-8111-111111111111',
  documentId: '22222222-2222-4222-8222-222222222222',
  quote: 'We will not hand over our heavy weapons',
  prefix: '"',
  suffix: '," NLF',
  start: 120,
  end: 159,
  orphaned: false,
  statement: 'The NLF will keep its heavy weapons',
  claimant: 'NLF',
  kind: 'quote',
  checkworthiness: 2,
  status: 'unreviewed',
  ratingId: null,
  assignee: null,
  rationaleText: '',
  tags: ['idlib'],
  notesJson: null,
  notesText: '',
  origin: 'manual',
  hops: [],
  chainFlag: 'unknown',
  fromComment: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

function hop(ordinal: number, sourceId: string, name: string, cue: AttributionHop['cue'] = null): AttributionHop {
  return { id: `hop-${ordinal}`, ordinal, sourceId, sourceName: name, sourceKind: 'person', kind: 'quote', cue, stance: null };
}

describe('undo entries for claims', () => {
  it('undoes making a claim by deleting it and redoes it by restoring the same claim', () => {
    const entry = createdEntry(CLAIM);
    expect(entry.undo).toEqual([{ method: 'claims.delete', args: { id: CLAIM.id } }]);
    expect(entry.redo).toEqual([{ method: 'claims.restore', args: { id: CLAIM.id } }]);
  });

  it('undoes a deletion by restoring', () => {
    const entry = deletedEntry(CLAIM);
    expect(entry.undo).toEqual([{ method: 'claims.restore', args: { id: CLAIM.id } }]);
    expect(entry.redo).toEqual([{ method: 'claims.delete', args: { id: CLAIM.id } }]);
  });

  it('undoes accepted suggestions by deleting every claim they made', () => {
    const second = { id: '33333333-3333-4333-8333-333333333333' };
    const entry = acceptedEntry([CLAIM, second]);
    expect(entry.label).toBe('accept 2 suggestions');
    expect(entry.undo.map((command) => command.args)).toEqual([{ id: CLAIM.id }, { id: second.id }]);
    expect(entry.undo.every((command) => command.method === 'claims.delete')).toBe(true);
  });

  it('puts back exactly the fields an edit changed, with their old values', () => {
    const entry = updatedEntry(CLAIM, { statement: 'New wording', tags: ['idlib', 'weapons'], checkworthiness: null });
    expect(entry.undo).toEqual([
      { method: 'claims.update', args: { id: CLAIM.id, patch: { statement: CLAIM.statement, tags: ['idlib'], checkworthiness: 2 } } },
    ]);
    expect(entry.redo).toEqual([
      {
        method: 'claims.update',
        args: { id: CLAIM.id, patch: { statement: 'New wording', tags: ['idlib', 'weapons'], checkworthiness: null } },
      },
    ]);
    expect(entry.label).toBe('edit statement');
  });

  it('undoes an assignment by putting the previous assignee back, and unassigning by assigning again', () => {
    const assigned = updatedEntry(CLAIM, { assignee: 'Dana Okafor' });
    expect(assigned.label).toBe('assign claim');
    expect(assigned.undo).toEqual([{ method: 'claims.update', args: { id: CLAIM.id, patch: { assignee: null } } }]);
    expect(assigned.redo).toEqual([{ method: 'claims.update', args: { id: CLAIM.id, patch: { assignee: 'Dana Okafor' } } }]);
    const handedOver = updatedEntry({ ...CLAIM, assignee: 'Dana Okafor' }, { assignee: 'Omid Karimi' });
    expect(handedOver.undo).toEqual([{ method: 'claims.update', args: { id: CLAIM.id, patch: { assignee: 'Dana Okafor' } } }]);
  });

  it('undoes a chain edit with the old hops by source ID, so no new source is created again', () => {
    const before = { ...CLAIM, hops: [hop(1, 'afp', 'AFP', { start: 160, end: 168, text: 'told AFP' })] };
    const after = { ...CLAIM, hops: [hop(2, 'naji', 'NLF spokesman Naji Mustafa'), hop(1, 'afp', 'AFP')] };
    const entry = chainEntry(before, after);
    expect(entry.undo).toEqual([
      { method: 'claims.setChain', args: { id: CLAIM.id, hops: [{ sourceId: 'afp', kind: 'quote', cue: { start: 160, end: 168 } }] } },
    ]);
    expect(entry.redo).toEqual([
      {
        method: 'claims.setChain',
        args: {
          id: CLAIM.id,
          hops: [
            { sourceId: 'afp', kind: 'quote', cue: null },
            { sourceId: 'naji', kind: 'quote', cue: null },
          ],
        },
      },
    ]);
  });

  it('orders hops by their place in the chain', () => {
    expect(hopInputsOf([hop(3, 'c', 'C'), hop(1, 'a', 'A'), hop(2, 'b', 'B')]).map((input) => input.sourceId)).toEqual(['a', 'b', 'c']);
  });

  it('moves a re-attached claim back to its old place on undo, but offers no undo for an orphan', () => {
    const entry = reattachedEntry(CLAIM, { start: 10, end: 20 });
    expect(entry?.undo).toEqual([{ method: 'claims.reattach', args: { id: CLAIM.id, span: { start: 120, end: 159 } } }]);
    expect(entry?.redo).toEqual([{ method: 'claims.reattach', args: { id: CLAIM.id, span: { start: 10, end: 20 } } }]);
    expect(reattachedEntry({ ...CLAIM, orphaned: true, start: null, end: null }, { start: 10, end: 20 })).toBeNull();
  });
});
