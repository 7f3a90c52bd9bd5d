import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Claim, DocumentDetail, HistoryEvent, Rating } from '../../../core/domain.js';
import { readStoredRationale } from '../../../core/review/history-snapshots.js';
import { sanitiseRichText } from '../../../core/text/rich-text.js';
import { IDLIB_ARTICLE, spanOf } from './support/articles.js';
import { claimHistory, openServiceHarness, type ServiceHarness } from './support/service-harness.js';

let h: ServiceHarness;
let documentId: string;
let claim: Claim;
let ratings: Record<string, Rating>;

const NLF_CLAIM = 'The National Liberation Front rejected the demilitarised zone agreement on Monday';
const RATIONALE_JSON = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'NLF statement of 8 October.' }] }],
  },
});
// What the workbench stores: the same text in the editor's own complete form.
const STORED_JSON = sanitiseRichText(RATIONALE_JSON);

beforeEach(async () => {
  h = openServiceHarness();
  documentId = await h.importText(IDLIB_ARTICLE);
  const text = (await h.call<DocumentDetail>('documents.get', { id: documentId })).text;
  claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM) });
  ratings = Object.fromEntries((await h.call<Rating[]>('ratings.list')).map((r) => [r.key, r]));
  h.events.length = 0;
});

afterEach(() => h.close());

const setStatus = (status: string) => h.call<Claim>('claims.setStatus', { id: claim.id, status });
const setVerdict = (ratingId: string | null) => h.call<Claim>('claims.setVerdict', { id: claim.id, ratingId });
const setRationale = (rationaleText: string, rationaleJson: string | null = null) =>
  h.call<Claim>('claims.setRationale', { id: claim.id, rationaleJson, rationaleText });

async function walkTo(status: 'in_review' | 'done') {
  await setStatus('in_progress');
  await setStatus('in_review');
  if (status === 'done') await setStatus('done');
}

describe('claims.setStatus', () => {
  it('moves a claim through the workflow and back, recording each move', async () => {
    await walkTo('done');
    const reopened = await setStatus('in_progress');
    expect(reopened.status).toBe('in_progress');
    expect((await h.call<Claim>('claims.get', { id: claim.id })).status).toBe('in_progress');
    expect(claimHistory(h.workbench, claim.id).filter((row) => row.field === 'status')).toEqual([
      { action: 'update', field: 'status', oldValue: 'unreviewed', newValue: 'in_progress' },
      { action: 'update', field: 'status', oldValue: 'in_progress', newValue: 'in_review' },
      { action: 'update', field: 'status', oldValue: 'in_review', newValue: 'done' },
      { action: 'update', field: 'status', oldValue: 'done', newValue: 'in_progress' },
    ]);
    expect(h.events).toContainEqual({ type: 'claims.changed', documentId, ids: [claim.id] });
  });

  it('refuses to skip ahead, saying which step comes next, and leaves the claim as it was', async () => {
    const error = await h.failure('claims.setStatus', { id: claim.id, status: 'done' });
    expect(error).toEqual({
      code: 'conflict',
      message:
        'A claim moves forward one step at a time: this claim is unreviewed, so it can go to in progress next, not straight to done.',
    });
    expect((await h.call<Claim>('claims.get', { id: claim.id })).status).toBe('unreviewed');
    expect(claimHistory(h.workbench, claim.id).some((row) => row.field === 'status')).toBe(false);
  });

  it('writes no history when the status does not change', async () => {
    await setStatus('unreviewed');
    expect(claimHistory(h.workbench, claim.id)).toHaveLength(1);
  });

  it('refuses an unknown status or claim with a clear error', async () => {
    expect((await h.failure('claims.setStatus', { id: claim.id, status: 'finished' })).code).toBe('invalid_arguments');
    const missing = await h.failure('claims.setStatus', { id: '00000000-0000-4000-8000-000000000000', status: 'in_progress' });
    expect(missing).toMatchObject({ code: 'not_found', message: expect.stringMatching(/no claim/) });
  });
});

describe('the rationale rule through the API', () => {
  it('refuses done with a verdict until the rationale is written', async () => {
    await walkTo('in_review');
    await setVerdict(ratings.false!.id);
    expect(await h.failure('claims.setStatus', { id: claim.id, status: 'done' })).toEqual({
      code: 'conflict',
      message: 'Write the rationale before marking a claim done with a verdict.',
    });
    await setRationale('   ');
    expect((await h.failure('claims.setStatus', { id: claim.id, status: 'done' })).code).toBe('conflict');
    await setRationale('The NLF statement of 8 October says the opposite.', RATIONALE_JSON);
    const done = await setStatus('done');
    expect(done).toMatchObject({ status: 'done', ratingId: ratings.false!.id, rationaleJson: STORED_JSON });
  });

  it('lets a claim be done without a verdict, but not be given one afterwards without a rationale', async () => {
    await walkTo('done');
    expect((await h.call<Claim>('claims.get', { id: claim.id })).status).toBe('done');
    const refused = await h.failure('claims.setVerdict', { id: claim.id, ratingId: ratings.mixed!.id });
    expect(refused).toEqual({ code: 'conflict', message: 'Write the rationale before marking a claim done with a verdict.' });
    expect((await h.call<Claim>('claims.get', { id: claim.id })).ratingId).toBeNull();
    await setRationale('Partly confirmed by AFP.');
    expect((await setVerdict(ratings.mixed!.id)).ratingId).toBe(ratings.mixed!.id);
  });

  it('changes the verdict of a done claim that has a rationale, and refuses to empty that rationale', async () => {
    await setRationale('First reasoning.');
    await setVerdict(ratings.true!.id);
    await walkTo('done');
    expect((await setVerdict(ratings.mostly_true!.id)).ratingId).toBe(ratings.mostly_true!.id);
    const emptied = await h.failure('claims.setRationale', { id: claim.id, rationaleJson: null, rationaleText: '' });
    expect(emptied.code).toBe('conflict');
    expect(emptied.message).toMatch(/reopen the claim or remove the verdict/);
    expect((await h.call<Claim>('claims.get', { id: claim.id })).rationaleText).toBe('First reasoning.');
    // Taking the verdict away is always allowed, and then the rationale may go.
    expect((await setVerdict(null)).ratingId).toBeNull();
    expect((await setRationale('')).rationaleText).toBe('');
  });
});

describe('claims.setVerdict', () => {
  it('records old and new verdict by rating ID', async () => {
    await setVerdict(ratings.false!.id);
    await setVerdict(ratings.misleading!.id);
    await setVerdict(null);
    expect(claimHistory(h.workbench, claim.id).filter((row) => row.field === 'rating')).toEqual([
      { action: 'update', field: 'rating', oldValue: null, newValue: ratings.false!.id },
      { action: 'update', field: 'rating', oldValue: ratings.false!.id, newValue: ratings.misleading!.id },
      { action: 'update', field: 'rating', oldValue: ratings.misleading!.id, newValue: null },
    ]);
  });

  it('refuses an unknown or archived rating and keeps the old verdict', async () => {
    await setVerdict(ratings.true!.id);
    const unknown = await h.failure('claims.setVerdict', { id: claim.id, ratingId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toMatchObject({ code: 'not_found', message: expect.stringMatching(/no rating/) });
    await h.call('ratings.archive', { id: ratings.unverifiable!.id, archived: true });
    const archived = await h.failure('claims.setVerdict', { id: claim.id, ratingId: ratings.unverifiable!.id });
    expect(archived).toEqual({
      code: 'invalid_arguments',
      message: 'The rating "Unverifiable" is archived; choose a current verdict from the scale.',
    });
    expect((await h.failure('claims.setVerdict', { id: claim.id, ratingId: 'false' })).code).toBe('invalid_arguments');
    expect((await h.call<Claim>('claims.get', { id: claim.id })).ratingId).toBe(ratings.true!.id);
  });

  it('keeps an archived verdict on the claims that already have it', async () => {
    await setVerdict(ratings.unverifiable!.id);
    await h.call('ratings.archive', { id: ratings.unverifiable!.id, archived: true });
    expect((await h.call<Claim>('claims.get', { id: claim.id })).ratingId).toBe(ratings.unverifiable!.id);
  });
});

describe('claims.setRationale', () => {
  it('stores the editor state and its text, searchable and in the history', async () => {
    const saved = await setRationale('Satellite images from 9 October show no withdrawal.', RATIONALE_JSON);
    expect(saved).toMatchObject({ rationaleJson: STORED_JSON, rationaleText: 'Satellite images from 9 October show no withdrawal.' });
    const found = await h.call<Claim[]>('claims.search', { query: 'satellite withdrawal' });
    expect(found.map((c) => c.id)).toEqual([claim.id]);
    const events = await h.call<HistoryEvent[]>('history.forClaim', { claimId: claim.id });
    expect(events[0]).toMatchObject({ field: 'rationale' });
    expect(readStoredRationale(events[0]!.oldValue).text).toBe('');
    expect(readStoredRationale(events[0]!.newValue).text).toBe('Satellite images from 9 October show no withdrawal.');
  });

  it('refuses editor state that would not load back, saving nothing', async () => {
    for (const rationaleJson of ['{not json', '{"children": []}', '[1, 2]']) {
      const error = await h.failure('claims.setRationale', { id: claim.id, rationaleJson, rationaleText: 'x' });
      expect(error.code).toBe('invalid_arguments');
    }
    const tooLong = await h.failure('claims.setRationale', { id: claim.id, rationaleJson: null, rationaleText: 'x'.repeat(1_000_001) });
    expect(tooLong).toMatchObject({ code: 'invalid_arguments', message: expect.stringMatching(/too long/) });
    expect((await h.call<Claim>('claims.get', { id: claim.id })).rationaleText).toBe('');
    expect(claimHistory(h.workbench, claim.id)).toHaveLength(1);
  });

  it('shows the rationale in the claims of the document', async () => {
    await setRationale('Because.', RATIONALE_JSON);
    const [listed] = await h.call<Claim[]>('claims.list', { documentId });
    expect(listed).toMatchObject({ rationaleText: 'Because.', rationaleJson: STORED_JSON });
  });
});
