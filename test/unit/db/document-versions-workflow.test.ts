import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { DocumentRevision, DocumentVersion, RevisedClaim } from '../../../core/documents/revisions.js';
import type { Claim, DocumentDetail, ImportOutcome } from '../../../core/domain.js';
import { spanOf } from './support/articles.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

// An article written for these tests, and its corrected copy: the casualty figure reworded, the
// claim about the bridge taken out, the mayor's sentence moved to the end, a note added on top.
const TOLL = 'The regional health office said 14 people were injured in the flooding.';
const BRIDGE = 'Engineers warned that the old river bridge could collapse within days.';
const MAYOR = 'The mayor told a local radio station that the dam was never at risk.';
const SCHOOLS = 'Schools in the lower town will stay closed until Thursday.';

const FIRST = `Flooding closes roads in the river valley

${TOLL}

${BRIDGE}

${MAYOR}

${SCHOOLS}
`;

const SECOND = `Flooding closes roads in the river valley

Correction: an earlier version of this article gave the wrong number of injured.

${TOLL.replace('14 people were injured', '41 people were injured')}

${SCHOOLS}

${MAYOR}
`;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

let h: ServiceHarness;
let documentId: string;
/** The first version as stored: the text normalised on import. */
let firstText: string;

beforeEach(async () => {
  h = openServiceHarness();
  const outcome = await h.call<ImportOutcome>('documents.importFile', { name: 'flooding.txt', dataBase64: base64(FIRST) });
  if (outcome.status !== 'imported') throw new Error('import failed');
  documentId = outcome.document.id;
  firstText = (await h.call<DocumentDetail>('documents.get', { id: documentId })).text;
});

afterEach(() => h.close());

const claimOn = (words: string) => h.call<Claim>('claims.create', { documentId, ...spanOf(firstText, words) });

const reimport = (body: string, name = 'flooding-corrected.txt') =>
  h.call<{ document: DocumentDetail; version: number; reanchored: number; orphaned: number }>('documents.reimport', {
    id: documentId,
    name,
    dataBase64: base64(body),
  });

describe('a re-imported document keeps its versions', () => {
  it('starts with one version, the file it was imported from', async () => {
    const versions = await h.call<DocumentVersion[]>('documents.versions', { id: documentId });
    expect(versions).toEqual([
      expect.objectContaining({ number: 1, current: true, sourceFile: 'flooding.txt', changed: 0, vanished: 0, moved: 0 }),
    ]);
    expect(versions[0]!.length).toBe((await h.call<DocumentDetail>('documents.get', { id: documentId })).length);
    const error = await h.failure('documents.revision', { id: documentId });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringContaining('one version only') });
  });

  it('records which claims the new version changed, took out or moved, with both wordings', async () => {
    const toll = await claimOn(TOLL);
    const bridge = await claimOn(BRIDGE);
    const mayor = await claimOn(MAYOR);
    const schools = await claimOn('Schools in the lower town');

    const outcome = await reimport(SECOND);
    expect(outcome).toMatchObject({ version: 2, reanchored: 3, orphaned: 1 });

    const versions = await h.call<DocumentVersion[]>('documents.versions', { id: documentId });
    expect(versions.map(({ number, current, sourceFile }) => ({ number, current, sourceFile }))).toEqual([
      { number: 1, current: false, sourceFile: 'flooding.txt' },
      { number: 2, current: true, sourceFile: 'flooding-corrected.txt' },
    ]);
    expect(versions[1]).toMatchObject({ changed: 1, vanished: 1, moved: 1 });

    const revision = await h.call<DocumentRevision>('documents.revision', { id: documentId });
    expect(revision.from.number).toBe(1);
    expect(revision.to.number).toBe(2);
    const byClaim = new Map(revision.changes.map((change) => [change.claimId, change]));
    expect(byClaim.get(toll.id)).toMatchObject({ kind: 'changed', oldQuote: TOLL, newQuote: TOLL.replace('14', '41'), version: 2 });
    expect(byClaim.get(bridge.id)).toMatchObject({ kind: 'vanished', oldQuote: BRIDGE, newQuote: null, newStart: null });
    expect(byClaim.get(mayor.id)).toMatchObject({ kind: 'moved', oldQuote: MAYOR, newQuote: MAYOR });
    // Schools shifted up when the bridge paragraph went, but the edits around it explain that.
    expect(byClaim.has(schools.id)).toBe(false);
    expect(revision.changes.map((change) => change.claimId)).toEqual([toll.id, bridge.id, mayor.id]);

    // The segments rebuild both versions.
    const oldSide = revision.segments.filter((segment) => segment.kind !== 'insert').map((segment) => segment.text);
    const newSide = revision.segments.filter((segment) => segment.kind !== 'delete').map((segment) => segment.text);
    expect(oldSide.join('')).toBe(firstText);
    expect(newSide.join('')).toBe(outcome.document.text);
    expect(revision.segments).toContainEqual(expect.objectContaining({ kind: 'delete', text: '14' }));
    expect(revision.segments).toContainEqual(expect.objectContaining({ kind: 'insert', text: '41' }));

    // The claim now quotes the new wording; its old wording is in the revision.
    expect(await h.call<Claim>('claims.get', { id: toll.id })).toMatchObject({ quote: TOLL.replace('14', '41'), orphaned: false });
  });

  it('lists the changed claims across the workbench and for one claim, leaving out claims in the bin', async () => {
    const toll = await claimOn(TOLL);
    const bridge = await claimOn(BRIDGE);
    await reimport(SECOND);

    const all = await h.call<RevisedClaim[]>('documents.revisedClaims', {});
    expect(all.map((change) => change.claimId).sort()).toEqual([toll.id, bridge.id].sort());
    expect(all[0]).toMatchObject({ documentTitle: 'Flooding closes roads in the river valley', importedAt: expect.any(String) });

    expect(await h.call<RevisedClaim[]>('documents.revisedClaims', { claimId: toll.id })).toEqual([
      expect.objectContaining({ claimId: toll.id, kind: 'changed', version: 2 }),
    ]);
    expect((await h.call<RevisedClaim[]>('documents.revisedClaims', { kinds: ['vanished'] })).map((change) => change.claimId)).toEqual([
      bridge.id,
    ]);

    await h.call('claims.delete', { id: bridge.id });
    expect((await h.call<RevisedClaim[]>('documents.revisedClaims', { documentId })).map((change) => change.claimId)).toEqual([toll.id]);
    expect((await h.call<DocumentVersion[]>('documents.versions', { id: documentId }))[1]).toMatchObject({ changed: 1, vanished: 0 });
  });

  it('compares any two versions and keeps every text', async () => {
    const toll = await claimOn(TOLL);
    await reimport(SECOND);
    const third = SECOND.replace('41 people', 'forty-one people');
    expect((await reimport(third, 'flooding-3.txt')).version).toBe(3);

    const firstToLast = await h.call<DocumentRevision>('documents.revision', { id: documentId, from: 1, to: 3 });
    expect(firstToLast.changes.filter((change) => change.claimId === toll.id).map((change) => [change.version, change.newQuote])).toEqual([
      [2, TOLL.replace('14', '41')],
      [3, TOLL.replace('14', 'forty-one')],
    ]);
    const oldSide = firstToLast.segments.filter((segment) => segment.kind !== 'insert').map((segment) => segment.text);
    expect(oldSide.join('')).toBe(firstText);

    const latest = await h.call<DocumentRevision>('documents.revision', { id: documentId, to: 3 });
    expect([latest.from.number, latest.to.number]).toEqual([2, 3]);

    // The same text again makes no new version.
    expect((await reimport(third, 'flooding-3-again.txt')).version).toBe(3);
    expect(await h.call<DocumentVersion[]>('documents.versions', { id: documentId })).toHaveLength(3);
  });

  it('answers unknown documents, versions and backwards comparisons with clear errors', async () => {
    await reimport(SECOND);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await h.failure('documents.versions', { id: unknown })).code).toBe('not_found');
    expect(await h.failure('documents.revision', { id: documentId, from: 1, to: 7 })).toMatchObject({
      code: 'not_found',
      message: 'This document has no version 7; its versions are 1 to 2.',
    });
    expect(await h.failure('documents.revision', { id: documentId, from: 2, to: 1 })).toMatchObject({
      code: 'invalid_arguments',
      message: expect.stringContaining('from must be an earlier version than to'),
    });
    expect(await h.failure('documents.revision', { id: documentId, to: 1 })).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('no version 0'),
    });
    expect((await h.failure('documents.revision', { id: documentId, from: 1.5 })).code).toBe('invalid_arguments');
    expect((await h.failure('documents.revisedClaims', { kinds: [] })).message).toContain('name at least one kind of change');
    expect((await h.failure('documents.revisedClaims', { kinds: ['rewritten'] })).code).toBe('invalid_arguments');

    await h.call('documents.delete', { id: documentId });
    expect((await h.failure('documents.revision', { id: documentId })).code).toBe('not_found');
  });
});

describe('claims changed after publication across the workbench', () => {
  it('are flagged in the review queue, listed by its filter, counted on the dashboard and exported alone', async () => {
    const toll = await claimOn(TOLL);
    const bridge = await claimOn(BRIDGE);
    const schools = await claimOn(SCHOOLS);
    await reimport(SECOND);

    const queue = await h.call<{ items: { id: string; revised: boolean }[] }>('review.queue', {});
    const flagged = new Map(queue.items.map((item) => [item.id, item.revised]));
    expect([flagged.get(toll.id), flagged.get(bridge.id), flagged.get(schools.id)]).toEqual([true, true, false]);

    const revised = await h.call<{ items: { id: string }[] }>('review.queue', { revised: true });
    expect(revised.items.map((item) => item.id).sort()).toEqual([toll.id, bridge.id].sort());
    expect((await h.call<{ revisedCount: number }>('review.dashboard', {})).revisedCount).toBe(2);

    const csv = await h.call<{ content: string }>('exports.render', {
      format: 'csv',
      scope: { kind: 'workbench', filter: { revised: true } },
    });
    expect(csv.content.trim().split('\r\n')).toHaveLength(3);

    // A claim in the bin is no longer counted.
    await h.call('claims.delete', { id: bridge.id });
    expect((await h.call<{ revisedCount: number }>('review.dashboard', {})).revisedCount).toBe(1);
  });
});
