import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ClaimRecords } from '../../../core/api/claim-results.js';
import type { Claim, DocumentDetail, Evidence, HistoryEvent, Rating } from '../../../core/domain.js';
import { describeHistory } from '../../../core/review/history-lines.js';
import { readStoredChain } from '../../../core/review/history-snapshots.js';
import { SEED_SOURCES } from '../../../core/sources/seed-registry.js';
import { IDLIB_ARTICLE, spanOf } from './support/articles.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

const FARS = SEED_SOURCES.find((source) => source.name === 'Fars')!.id;
const AFP = SEED_SOURCES.find((source) => source.name === 'AFP')!.id;
const FARS_CLAIM = 'The US military evacuated several ISIL commanders from Deir ez-Zor in recent weeks';

let h: ServiceHarness;
let documentId: string;
let text: string;
let falseRating: Rating;

beforeEach(async () => {
  h = openServiceHarness();
  documentId = await h.importText(IDLIB_ARTICLE);
  text = (await h.call<DocumentDetail>('documents.get', { id: documentId })).text;
  falseRating = (await h.call<Rating[]>('ratings.list')).find((r) => r.key === 'false')!;
  await h.call('settings.update', { reviewerName: 'Leila Ahmadi' });
});

afterEach(() => h.close());

const historyOf = (claimId: string) => h.call<HistoryEvent[]>('history.forClaim', { claimId });
/** Oldest first, as a reviewer reads a story; the API gives newest first. */
const story = async (claimId: string) =>
  (await historyOf(claimId)).reverse().map((e) => [e.entity, e.action, e.field].filter(Boolean).join(' '));

describe('history.forClaim', () => {
  it('tells every kind of change to a claim, newest first, signed by the reviewer', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    await h.call('claims.update', { id: claim.id, patch: { claimant: 'Arab sources', tags: ['idlib'] } });
    await h.call('claims.setChain', { id: claim.id, hops: [{ sourceId: FARS, kind: 'citing' }] });
    await h.call('claims.setStatus', { id: claim.id, status: 'in_progress' });
    await h.call('claims.setVerdict', { id: claim.id, ratingId: falseRating.id });
    await h.call('claims.setRationale', { id: claim.id, rationaleJson: null, rationaleText: 'No other outlet reports it.' });
    const link = await h.call<Evidence>('evidence.addUrl', {
      claimId: claim.id,
      url: 'https://example.org/denial',
      accessedAt: '2018-10-10',
    });
    await h.call('evidence.update', { id: link.id, patch: { stance: 'refuting' } });
    await h.call('evidence.delete', { id: link.id });

    expect(await story(claim.id)).toEqual([
      'claim create',
      'claim update claimant',
      'claim update tags',
      'claim update chain',
      'claim update status',
      'claim update rating',
      'claim update rationale',
      'evidence create',
      'evidence update stance',
      'evidence delete url',
    ]);
    const events = await historyOf(claim.id);
    expect(events.every((e) => e.actor === 'Leila Ahmadi' && e.claimId === claim.id)).toBe(true);
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort().reverse());
    const chain = events.find((e) => e.field === 'chain')!;
    expect(chain.oldValue).toBeNull();
    expect(readStoredChain(chain.newValue).text).toBe('Fars');
    expect(events.find((e) => e.field === 'stance')).toMatchObject({
      entity: 'evidence',
      entityId: link.id,
      oldValue: 'context',
      newValue: 'refuting',
    });
  });

  it('answers for a claim in the bin, and refuses an ID nothing was ever recorded for', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    await h.call('claims.delete', { id: claim.id });
    expect((await historyOf(claim.id)).map((e) => e.action)).toEqual(['delete', 'create']);
    expect((await h.failure('history.forClaim', { claimId: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
  });
});

describe('claims.records', () => {
  it('gives the history and evidence of a live claim, and only the history once it is in the bin', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    const link = await h.call<Evidence>('evidence.addUrl', {
      claimId: claim.id,
      url: 'https://example.org/denial',
      accessedAt: '2018-10-10',
    });
    const live = await h.call<ClaimRecords>('claims.records', { claimId: claim.id });
    expect(live.evidence).toEqual([link]);
    expect(live.history).toEqual(await historyOf(claim.id));
    expect(live.appearances).toEqual(await h.call('claims.appearances', { id: claim.id }));

    await h.call('claims.delete', { id: claim.id });
    const binned = await h.call<ClaimRecords>('claims.records', { claimId: claim.id });
    expect(binned.evidence).toBeNull();
    expect(binned.appearances).toBeNull();
    expect(binned.history.map((e) => e.action)).toEqual(['delete', 'create', 'create']);
    expect((await h.failure('evidence.list', { claimId: claim.id })).code).toBe('not_found');

    await h.call('claims.restore', { id: claim.id });
    expect((await h.call<ClaimRecords>('claims.records', { claimId: claim.id })).evidence).toEqual([link]);
  });

  it('refuses an ID nothing was ever recorded for', async () => {
    expect((await h.failure('claims.records', { claimId: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
  });
});

describe('undo never loses history', () => {
  it('keeps every row through create → delete → restore', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    await h.call('claims.setRationale', { id: claim.id, rationaleJson: null, rationaleText: 'Unsupported.' });
    await h.call('claims.delete', { id: claim.id });
    await h.call('claims.restore', { id: claim.id });
    // Undoing the restore and redoing it again appends, never rewrites.
    await h.call('claims.delete', { id: claim.id });
    await h.call('claims.create', { documentId, ...spanOf(text, FARS_CLAIM), id: claim.id });
    expect(await story(claim.id)).toEqual([
      'claim create',
      'claim update rationale',
      'claim delete',
      'claim restore',
      'claim delete',
      'claim create',
    ]);
    // The claim came back with what the reviewer wrote.
    expect((await h.call<Claim>('claims.get', { id: claim.id })).rationaleText).toBe('Unsupported.');
  });

  it('keeps both rows when a verdict is set and then unset', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    await h.call('claims.setVerdict', { id: claim.id, ratingId: falseRating.id });
    await h.call('claims.setVerdict', { id: claim.id, ratingId: null });
    const verdicts = (await historyOf(claim.id)).filter((e) => e.field === 'rating');
    expect(verdicts.map((e) => [e.oldValue, e.newValue])).toEqual([
      [falseRating.id, null],
      [null, falseRating.id],
    ]);
  });

  it('brings removed evidence back from the history under its own ID, keeping both rows', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    const passage = await h.call<Evidence>('evidence.addPassage', {
      claimId: claim.id,
      documentId,
      ...spanOf(text, 'Fars News Agency reported, citing Arab sources'),
      note: 'The only source.',
      stance: 'context',
    });
    await h.call('evidence.delete', { id: passage.id });
    expect(await h.call<Evidence[]>('evidence.list', { claimId: claim.id })).toEqual([]);
    const restored = await h.call<Evidence>('evidence.restore', { id: passage.id });
    expect({ ...restored, updatedAt: passage.updatedAt }).toEqual(passage);
    expect(await h.call<Evidence[]>('evidence.list', { claimId: claim.id })).toHaveLength(1);
    // Restoring what is already there changes nothing.
    await h.call('evidence.restore', { id: passage.id });
    expect(await story(claim.id)).toEqual(['claim create', 'evidence create', 'evidence delete passage', 'evidence restore']);
  });

  it('refuses to restore evidence onto a claim in the bin', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    const link = await h.call<Evidence>('evidence.addUrl', { claimId: claim.id, url: 'https://example.org/a' });
    await h.call('evidence.delete', { id: link.id });
    await h.call('claims.delete', { id: claim.id });
    const error = await h.failure('evidence.restore', { id: link.id });
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/restore the claim first/) });
    expect((await h.failure('evidence.restore', { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
  });
});

describe('history lines of a change the names and words alone do not show', () => {
  const rationaleWithLink = (url: string) =>
    JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [
              { type: 'text', version: 1, text: 'Denied in ' },
              { type: 'link', version: 1, url, children: [{ type: 'text', version: 1, text: 'the ministry statement' }] },
              { type: 'text', version: 1, text: '.' },
            ],
          },
        ],
      },
    });
  const newest = async (claimId: string) => describeHistory((await historyOf(claimId))[0]!, []);

  it('names the link whose target changed when the rationale reads the same', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    const words = 'Denied in the ministry statement.';
    await h.call('claims.setRationale', { id: claim.id, rationaleJson: rationaleWithLink('https://mod.example/a'), rationaleText: words });
    await h.call('claims.setRationale', { id: claim.id, rationaleJson: rationaleWithLink('https://mod.example/b'), rationaleText: words });
    expect(await newest(claim.id)).toMatchObject({
      what: 'Changed a link in the rationale',
      from: 'https://mod.example/a',
      to: 'https://mod.example/b',
      sentence: 'Changed a link in the rationale: “https://mod.example/a” → “https://mod.example/b”',
    });
  });

  it('names the hop whose cue changed when the chain names the same sources', async () => {
    const claim = await h.call<Claim>('claims.create', { documentId, ...spanOf(text, FARS_CLAIM) });
    const chain = (cue: string) => [
      { sourceId: AFP, kind: 'paraphrase' },
      { sourceId: FARS, kind: 'citing', cue: spanOf(text, cue) },
    ];
    await h.call('claims.setChain', { id: claim.id, hops: chain('reported') });
    await h.call('claims.setChain', { id: claim.id, hops: chain('citing') });
    expect(await newest(claim.id)).toMatchObject({
      what: 'Changed the cue of hop 2',
      from: 'reported',
      to: 'citing',
      sentence: 'Changed the cue of hop 2: “reported” → “citing”',
    });
    await h.call('claims.setChain', {
      id: claim.id,
      hops: [{ sourceId: AFP, kind: 'quote' }, chain('citing')[1]],
    });
    expect(await newest(claim.id)).toMatchObject({ what: 'Changed the kind of hop 1', from: 'Paraphrase', to: 'Quote' });
  });
});
