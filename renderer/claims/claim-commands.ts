// Undo entries for each change the reviewer makes to claims, built from the claim as it was before
// and after. Pure: the caller sends the calls and records the entry.
import type { ArgsIn } from '../../core/api/index.js';
import type { AttributionHop, Claim } from '../../core/domain.js';
import type { UndoEntry } from './undo-stack.js';

export type ClaimPatch = ArgsIn<'claims.update'>['patch'];
export type HopInput = ArgsIn<'claims.setChain'>['hops'][number];

const FIELD_LABELS: Record<keyof ClaimPatch, string> = {
  statement: 'edit statement',
  claimant: 'edit claimant',
  kind: 'change kind',
  checkworthiness: 'change check-worthiness',
  tags: 'edit tags',
  notesJson: 'edit notes',
  notesText: 'edit notes',
  assignee: 'assign claim',
};

export function createdEntry(claim: Pick<Claim, 'id'>): UndoEntry {
  return {
    label: 'make claim',
    undo: [{ method: 'claims.delete', args: { id: claim.id } }],
    redo: [{ method: 'claims.restore', args: { id: claim.id } }],
    claimId: claim.id,
  };
}

export function acceptedEntry(claims: readonly Pick<Claim, 'id'>[]): UndoEntry {
  return {
    label: claims.length === 1 ? 'accept suggestion' : `accept ${claims.length} suggestions`,
    undo: claims.map((claim) => ({ method: 'claims.delete', args: { id: claim.id } })),
    redo: claims.map((claim) => ({ method: 'claims.restore', args: { id: claim.id } })),
    claimId: claims.length === 1 ? claims[0]!.id : null,
  };
}

export function deletedEntry(claim: Pick<Claim, 'id'>): UndoEntry {
  return {
    label: 'delete claim',
    undo: [{ method: 'claims.restore', args: { id: claim.id } }],
    redo: [{ method: 'claims.delete', args: { id: claim.id } }],
    claimId: claim.id,
  };
}

export function restoredEntry(claim: Pick<Claim, 'id'>): UndoEntry {
  return {
    label: 'restore claim',
    undo: [{ method: 'claims.delete', args: { id: claim.id } }],
    redo: [{ method: 'claims.restore', args: { id: claim.id } }],
    claimId: claim.id,
  };
}

/** The fields of `before` that a patch changes, so undo can put exactly those back. */
export function previousValues(before: Claim, patch: ClaimPatch): ClaimPatch {
  const old: Record<string, unknown> = {};
  for (const field of Object.keys(patch) as (keyof ClaimPatch)[]) old[field] = before[field];
  return old as ClaimPatch;
}

export function updatedEntry(before: Claim, patch: ClaimPatch, mergeKey?: string): UndoEntry {
  const fields = Object.keys(patch) as (keyof ClaimPatch)[];
  return {
    label: fields.length === 0 ? 'edit claim' : FIELD_LABELS[fields[0]!],
    undo: [{ method: 'claims.update', args: { id: before.id, patch: previousValues(before, patch) } }],
    redo: [{ method: 'claims.update', args: { id: before.id, patch } }],
    claimId: before.id,
    ...(mergeKey === undefined ? {} : { mergeKey }),
  };
}

/** A saved chain as the inputs that would write it again: by source ID, so no source is created twice. */
export function hopInputsOf(hops: readonly AttributionHop[]): HopInput[] {
  return [...hops]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((hop) => ({
      sourceId: hop.sourceId,
      kind: hop.kind,
      cue: hop.cue ? { start: hop.cue.start, end: hop.cue.end } : null,
    }));
}

export function chainEntry(before: Pick<Claim, 'id' | 'hops'>, after: Pick<Claim, 'id' | 'hops'>): UndoEntry {
  return {
    label: 'edit attribution chain',
    undo: [{ method: 'claims.setChain', args: { id: before.id, hops: hopInputsOf(before.hops) } }],
    redo: [{ method: 'claims.setChain', args: { id: after.id, hops: hopInputsOf(after.hops) } }],
    claimId: before.id,
  };
}

export function reattachedEntry(before: Claim, span: { start: number; end: number }): UndoEntry | null {
  // An orphan has no old place to go back to; re-attaching it cannot be taken back to "nowhere".
  if (before.start === null || before.end === null || before.orphaned) return null;
  return {
    label: 're-attach claim',
    undo: [{ method: 'claims.reattach', args: { id: before.id, span: { start: before.start, end: before.end } } }],
    redo: [{ method: 'claims.reattach', args: { id: before.id, span } }],
    claimId: before.id,
  };
}
