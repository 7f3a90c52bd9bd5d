// Assigning claims to reviewers: what claims.update stores and records, who review.reviewers
// offers, and how an assignment travels in a bundle, to and from apps that knew no assignees.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../core/api/exports.js';
import type { Bundle, MergeSummary } from '../../../core/bundle/format.js';
import type { Claim, DocumentDetail } from '../../../core/domain.js';
import { IDLIB_ARTICLE, spanOf } from './support/articles.js';
import { claimHistory, openServiceHarness, type ServiceHarness } from './support/service-harness.js';

let h: ServiceHarness;
let documentId: string;
let text: string;
const opened: ServiceHarness[] = [];

/** Two edits must not share a millisecond, or neither would be later. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function desk(name = 'Desk'): ServiceHarness {
  const harness = openServiceHarness(name);
  opened.push(harness);
  return harness;
}

async function claimOn(harness: ServiceHarness, id: string, words: string): Promise<Claim> {
  const body = (await harness.call<DocumentDetail>('documents.get', { id })).text;
  return harness.call<Claim>('claims.create', { documentId: id, ...spanOf(body, words) });
}

async function exportJson(harness: ServiceHarness): Promise<string> {
  return (await harness.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'json' })).content;
}

beforeEach(async () => {
  h = desk();
  await h.call('settings.update', { reviewerName: 'Leila Ahmadi' });
  documentId = await h.importText(IDLIB_ARTICLE);
  text = (await h.call<DocumentDetail>('documents.get', { id: documentId })).text;
});

afterEach(() => {
  for (const harness of opened.splice(0)) harness.close();
});

describe('assigning a claim', () => {
  it('starts unassigned, stores the trimmed name, and records each change with who made it', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, 'Turkey will keep its twelve observation posts') });
    expect(claim.assignee).toBeNull();

    const assigned = await h.call<Claim>('claims.update', { id: claim.id, patch: { assignee: '  Omid Karimi ' } });
    expect(assigned.assignee).toBe('Omid Karimi');
    expect((await h.call<Claim>('claims.get', { id: claim.id })).assignee).toBe('Omid Karimi');
    expect(h.events.at(-1)).toEqual({ type: 'claims.changed', documentId, ids: [claim.id] });

    // The same name again is no change; an empty name takes the assignment away.
    await h.call('claims.update', { id: claim.id, patch: { assignee: 'Omid Karimi' } });
    const cleared = await h.call<Claim>('claims.update', { id: claim.id, patch: { assignee: '   ' } });
    expect(cleared.assignee).toBeNull();
    await h.call('claims.update', { id: claim.id, patch: { assignee: 'Мария Иванова' } });
    await h.call('claims.update', { id: claim.id, patch: { assignee: null } });

    const assignments = claimHistory(h.workbench, claim.id).filter((row) => row.field === 'assignee');
    expect(assignments).toEqual([
      { action: 'update', field: 'assignee', oldValue: null, newValue: 'Omid Karimi' },
      { action: 'update', field: 'assignee', oldValue: 'Omid Karimi', newValue: null },
      { action: 'update', field: 'assignee', oldValue: null, newValue: 'Мария Иванова' },
      { action: 'update', field: 'assignee', oldValue: 'Мария Иванова', newValue: null },
    ]);
    const events = await h.call<{ field: string | null; actor: string }[]>('history.forClaim', { claimId: claim.id });
    expect(events.filter((event) => event.field === 'assignee').every((event) => event.actor === 'Leila Ahmadi')).toBe(true);
  });

  it('refuses a name longer than 200 characters, saying which field and leaving the claim as it was', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, 'Turkey will keep its twelve observation posts') });
    await h.call('claims.update', { id: claim.id, patch: { assignee: 'Omid Karimi' } });
    const refused = await h.failure('claims.update', { id: claim.id, patch: { assignee: 'x'.repeat(201) } });
    expect(refused.code).toBe('invalid_arguments');
    expect(refused.message).toContain('patch.assignee');
    expect((await h.call<Claim>('claims.get', { id: claim.id })).assignee).toBe('Omid Karimi');
    // 200 characters after trimming is still a name.
    const longest = `  ${'y'.repeat(200)}  `;
    expect((await h.call<Claim>('claims.update', { id: claim.id, patch: { assignee: longest } })).assignee).toBe('y'.repeat(200));
  });

  it('puts the previous assignee back when the inverse patch is sent, as undo does', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, 'Turkey will keep its twelve observation posts') });
    await h.call('claims.update', { id: claim.id, patch: { assignee: 'Omid Karimi', claimant: 'Turkish Defence Ministry' } });
    const undone = await h.call<Claim>('claims.update', { id: claim.id, patch: { assignee: null, claimant: '' } });
    expect(undone).toMatchObject({ assignee: null, claimant: '' });
  });
});

describe('review.reviewers', () => {
  it('offers the settings name, everyone assigned and everyone in the history, each person once', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, 'Turkey will keep its twelve observation posts') });
    const other = await h.call<Claim>('claims.create', {
      documentId,
      ...spanOf(text, 'The US military evacuated several ISIL commanders'),
    });
    await h.call('claims.update', { id: claim.id, patch: { assignee: 'omid karimi' } });
    await h.call('claims.update', { id: other.id, patch: { assignee: 'Мария Иванова' } });
    await h.call('settings.update', { reviewerName: 'Omid Karimi' });
    await h.call('claims.update', { id: other.id, patch: { statement: 'US troops flew ISIL commanders out' } });
    await h.call('settings.update', { reviewerName: 'Dana Okafor' });

    // Leila and Omid are in the history; Omid is assigned as "omid karimi" but signed with capitals,
    // and the list keeps one spelling of him. Dana has done nothing yet but is the one at the desk.
    const names = await h.call<string[]>('review.reviewers', {});
    expect(names).toHaveLength(4);
    expect(names).toEqual(expect.arrayContaining(['Dana Okafor', 'Leila Ahmadi', 'Мария Иванова']));
    expect(names.filter((name) => name.toLowerCase() === 'omid karimi')).toHaveLength(1);
    expect(names.slice(0, 3)).toEqual(['Dana Okafor', 'Leila Ahmadi', names.find((name) => /omid/i.test(name))]);
  });

  it('names nobody on a workbench where no one has a name', async () => {
    const anonymous = desk('Anonymous');
    const id = await anonymous.importText(IDLIB_ARTICLE);
    await claimOn(anonymous, id, 'Turkey will keep its twelve observation posts');
    expect(await anonymous.call<string[]>('review.reviewers', {})).toEqual([]);
  });
});

describe('assignments in bundles', () => {
  it('carry over to another workbench, and a later reassignment there merges back', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, 'Turkey will keep its twelve observation posts') });
    // A change in the millisecond of creation is not told apart from the creation (merge-rules.ts).
    await tick();
    await h.call('claims.update', { id: claim.id, patch: { assignee: 'Omid Karimi' } });

    const other = desk();
    await other.call('settings.update', { reviewerName: 'Omid Karimi' });
    await other.call('bundles.import', { json: await exportJson(h) });
    expect((await other.call<Claim>('claims.get', { id: claim.id })).assignee).toBe('Omid Karimi');
    const exported = JSON.parse(await exportJson(h)) as Bundle;
    expect(exported.claims.find((row) => row.id === claim.id)?.assignee).toBe('Omid Karimi');

    // Omid hands the claim back to Leila; her workbench takes the later change.
    await tick();
    await other.call('claims.update', { id: claim.id, patch: { assignee: 'Leila Ahmadi' } });
    const summary = await h.call<MergeSummary>('bundles.import', { json: await exportJson(other) });
    expect(summary.updated.claims).toBe(1);
    expect((await h.call<Claim>('claims.get', { id: claim.id })).assignee).toBe('Leila Ahmadi');
    const assignments = claimHistory(h.workbench, claim.id).filter((row) => row.field === 'assignee');
    expect(assignments.map((row) => [row.action, row.oldValue, row.newValue])).toEqual([
      ['update', null, 'Omid Karimi'],
      ['update', 'Omid Karimi', 'Leila Ahmadi'],
      // The merge notes what this workbench had before the bundle's later change replaced it.
      ['merge', 'Omid Karimi', 'Leila Ahmadi'],
    ]);
  });

  it('reads a bundle written before claims had assignees, its claims unassigned', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, 'Turkey will keep its twelve observation posts') });
    await h.call('claims.update', { id: claim.id, patch: { assignee: 'Omid Karimi', claimant: 'Turkish Defence Ministry' } });
    const bundle = JSON.parse(await exportJson(h)) as { claims: Record<string, unknown>[] };
    for (const row of bundle.claims) delete row.assignee;

    const older = desk();
    const summary = await older.call<MergeSummary>('bundles.import', { json: JSON.stringify(bundle) });
    expect(summary.added.claims).toBe(1);
    expect(await older.call<Claim>('claims.get', { id: claim.id })).toMatchObject({
      assignee: null,
      claimant: 'Turkish Defence Ministry',
    });
  });
});
