import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReviewDashboard, ReviewQueueItem } from '../../../core/api/review.js';
import type { Claim, DocumentDetail, Rating } from '../../../core/domain.js';
import { SEED_SOURCES } from '../../../core/sources/seed-registry.js';
import { GRAIN_ARTICLE, IDLIB_ARTICLE, spanOf } from './support/articles.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

const AFP = SEED_SOURCES.find((source) => source.name === 'AFP')!.id;
const FARS = SEED_SOURCES.find((source) => source.name === 'Fars')!.id;
const REUTERS = SEED_SOURCES.find((source) => source.name === 'Reuters')!.id;

// One desk, three articles, six claims in every state the queue has to tell apart.
let h: ServiceHarness;
let idlib: string;
let grain: string;
let ratings: Record<string, Rating>;
const c: Record<string, Claim> = {};

async function claimOf(documentId: string, words: string, extra: Record<string, unknown> = {}): Promise<Claim> {
  const text = (await h.call<DocumentDetail>('documents.get', { id: documentId })).text;
  return h.call<Claim>('claims.create', { documentId, ...spanOf(text, words), ...extra });
}

async function as(reviewerName: string) {
  // Change times are kept to the millisecond; a pause keeps one reviewer's changes after the last's.
  await new Promise((resolve) => setTimeout(resolve, 5));
  await h.call('settings.update', { reviewerName });
}

beforeAll(async () => {
  h = openServiceHarness();
  idlib = await h.importText(IDLIB_ARTICLE);
  grain = await h.importText(GRAIN_ARTICLE);
  const third = await h.importText('Ceasefire monitors report calm\n\nMonitors said the night passed without shelling, TASS reported.');
  await h.call('documents.update', { id: idlib, patch: { publishedAt: '2018-10-08' } });
  await h.call('documents.update', { id: grain, patch: { publishedAt: '2023-07-20' } });
  ratings = Object.fromEntries((await h.call<Rating[]>('ratings.list')).map((r) => [r.key, r]));

  await as('Leila Ahmadi');
  c.nlf = await claimOf(idlib, 'The National Liberation Front rejected the demilitarised zone agreement', {
    hops: [
      { sourceId: AFP, kind: 'paraphrase' },
      { newSource: { name: 'Naji Mustafa', kind: 'person' }, kind: 'paraphrase' },
    ],
  });
  c.fars = await claimOf(idlib, 'The US military evacuated several ISIL commanders', {
    hops: [
      { sourceId: FARS, kind: 'citing' },
      { newSource: { name: 'Arab sources', kind: 'unnamed' }, kind: 'citing' },
    ],
  });
  c.turkey = await claimOf(idlib, 'Turkey will keep its twelve observation posts');
  c.grain = await claimOf(grain, 'Negotiators met again on Tuesday', { hops: [{ sourceId: REUTERS, kind: 'quote' }] });
  c.farmers = await claimOf(grain, "Ukraine's farmers fear another suspension", { hops: [{ sourceId: AFP, kind: 'quote' }] });
  c.calm = await claimOf(third, 'the night passed without shelling');
  // Assigned the way a desk splits its day, names typed in any case and any script.
  await h.call('claims.update', { id: c.nlf.id, patch: { assignee: 'Omid Karimi' } });
  await h.call('claims.update', { id: c.farmers.id, patch: { assignee: '  omid karimi ' } });
  await h.call('claims.update', { id: c.fars.id, patch: { assignee: 'Мария Иванова' } });
  await h.call('claims.update', { id: c.calm.id, patch: { assignee: 'Leila Ahmadi' } });

  await h.call('claims.update', { id: c.nlf.id, patch: { tags: ['idlib'], checkworthiness: 3 } });
  await h.call('claims.update', { id: c.fars.id, patch: { tags: ['Idlib', 'us'], checkworthiness: 2 } });
  await h.call('claims.update', { id: c.grain.id, patch: { checkworthiness: 1 } });
  await h.call('claims.setRationale', { id: c.fars.id, rationaleJson: null, rationaleText: 'No corroboration anywhere.' });
  await h.call('claims.setVerdict', { id: c.fars.id, ratingId: ratings.false!.id });
  for (const status of ['in_progress', 'in_review', 'done']) await h.call('claims.setStatus', { id: c.fars.id, status });
  await h.call('claims.setVerdict', { id: c.grain.id, ratingId: ratings.true!.id });
  await h.call('evidence.addUrl', { claimId: c.grain.id, url: 'https://www.reuters.com/grain' });

  await as('Omid Karimi');
  await h.call('claims.setStatus', { id: c.nlf.id, status: 'in_progress' });
  await h.call('claims.setVerdict', { id: c.farmers.id, ratingId: ratings.mixed!.id });
  await h.call('claims.setStatus', { id: c.farmers.id, status: 'in_progress' });

  // A claim in the bin and a document in the bin never show up.
  const binned = await claimOf(grain, 'Grain corridor talks resume');
  await h.call('claims.setVerdict', { id: binned.id, ratingId: ratings.false!.id });
  await h.call('claims.delete', { id: binned.id });
  await h.call('documents.delete', { id: third });
});

afterAll(() => h.close());

const queue = (args: Record<string, unknown> = {}) => h.call<{ items: ReviewQueueItem[]; total: number }>('review.queue', args);
const names = async (args: Record<string, unknown> = {}) => {
  const page = await queue(args);
  return page.items.map((item) => Object.entries(c).find(([, claim]) => claim.id === item.id)?.[0]);
};

describe('review.queue', () => {
  it('lists live claims newest document first, in text order within a document', async () => {
    expect(await names()).toEqual(['grain', 'farmers', 'nlf', 'fars', 'turkey']);
    expect((await queue()).total).toBe(5);
  });

  it('filters by status and by verdict, "none" meaning unrated', async () => {
    expect(await names({ status: ['in_progress'] })).toEqual(['farmers', 'nlf']);
    expect(await names({ status: ['done', 'unreviewed'] })).toEqual(['grain', 'fars', 'turkey']);
    expect(await names({ ratingIds: [ratings.false!.id, ratings.true!.id] })).toEqual(['grain', 'fars']);
    expect(await names({ ratingIds: ['none'] })).toEqual(['nlf', 'turkey']);
    expect(await names({ ratingIds: ['none', ratings.mixed!.id] })).toEqual(['farmers', 'nlf', 'turkey']);
    expect(await queue({ status: [] })).toEqual({ items: [], total: 0 });
  });

  it('filters by source, document, tag (any case), assigned reviewer and words', async () => {
    expect(await names({ sourceId: AFP })).toEqual(['farmers', 'nlf']);
    expect(await names({ documentId: grain })).toEqual(['grain', 'farmers']);
    expect(await names({ tag: 'IDLIB' })).toEqual(['nlf', 'fars']);
    expect(await names({ query: 'corroboration' })).toEqual(['fars']);
    expect(await names({ query: 'observation posts' })).toEqual(['turkey']);
    expect(await names({ sourceId: AFP, status: ['in_progress'], reviewer: 'Omid Karimi', documentId: idlib })).toEqual(['nlf']);
  });

  it('filters by the reviewer claims are assigned to, not by who last touched them', async () => {
    expect(await names({ reviewer: 'OMID KARIMI' })).toEqual(['farmers', 'nlf']);
    expect(await names({ reviewer: 'мария иванова' })).toEqual(['fars']);
    // Leila changed most claims but is assigned only one, and it is on a document in the bin.
    expect(await queue({ reviewer: 'Leila Ahmadi' })).toEqual({ items: [], total: 0 });
    expect(await queue({ reviewer: 'Nobody Atall' })).toEqual({ items: [], total: 0 });
    expect(await names({ unassigned: true })).toEqual(['grain', 'turkey']);
    expect(await names({ unassigned: true, documentId: idlib })).toEqual(['turkey']);
    const both = await h.failure('review.queue', { reviewer: 'Omid Karimi', unassigned: true });
    expect(both.code).toBe('invalid_arguments');
    expect(both.message).toContain('not both');
  });

  it('sorts by last change or by checkworthiness, and pages with the full total', async () => {
    expect(await names({ sort: 'updated' })).toEqual(['farmers', 'nlf', 'grain', 'fars', 'turkey']);
    expect(await names({ sort: 'checkworthiness' })).toEqual(['nlf', 'fars', 'grain', 'farmers', 'turkey']);
    const page = await queue({ sort: 'checkworthiness', offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((i) => i.id)).toEqual([c.fars!.id, c.grain!.id]);
  });

  it('spells out the verdict, the last reviewer, the assignee and the evidence count of each claim', async () => {
    const items = (await queue({ documentId: grain })).items;
    expect(items[0]).toMatchObject({
      id: c.grain!.id,
      documentTitle: 'Grain corridor talks resume in Istanbul',
      rating: { key: 'true', label: 'True', color: '#2e7d32', archived: false },
      lastActor: 'Leila Ahmadi',
      assignee: null,
      evidenceCount: 1,
    });
    expect(items[1]).toMatchObject({
      id: c.farmers!.id,
      rating: { key: 'mixed' },
      lastActor: 'Omid Karimi',
      assignee: 'omid karimi',
      evidenceCount: 0,
    });
  });
});

describe('review.dashboard', () => {
  it('counts live claims by status and verdict', async () => {
    const dashboard = await h.call<ReviewDashboard>('review.dashboard', {});
    expect(dashboard.totalClaims).toBe(5);
    expect(dashboard.byStatus).toEqual({ unreviewed: 2, in_progress: 2, in_review: 0, done: 1 });
    expect(dashboard.byVerdict).toEqual({
      true: 1,
      mostly_true: 0,
      mixed: 1,
      misleading: 0,
      mostly_false: 0,
      false: 1,
      unverifiable: 0,
      unrated: 2,
    });
    expect(dashboard.ratings.map((r) => r.key)).toEqual(Object.keys(dashboard.byVerdict).filter((k) => k !== 'unrated'));
  });

  it('breaks verdicts down for the busiest sources and documents', async () => {
    const dashboard = await h.call<ReviewDashboard>('review.dashboard', { top: 2 });
    expect(dashboard.bySource.map((s) => [s.name, s.total])).toEqual([
      ['AFP', 2],
      ['Arab sources', 1],
    ]);
    expect(dashboard.bySource[0]!.byVerdict).toMatchObject({ mixed: 1, unrated: 1, true: 0 });
    expect(dashboard.byDocument.map((d) => [d.title, d.total])).toEqual([
      ['Militants refuse to hand over weapons in Idlib', 3],
      ['Grain corridor talks resume in Istanbul', 2],
    ]);
    expect(dashboard.byDocument[0]!.byVerdict).toMatchObject({ false: 1, unrated: 2 });
    expect(dashboard.byDocument[1]!.byVerdict).toMatchObject({ true: 1, mixed: 1, unrated: 0 });
  });

  it('shows each reviewer’s workload by status, names matched however they were typed, unassigned last', async () => {
    const { byReviewer, totalClaims } = await h.call<ReviewDashboard>('review.dashboard', {});
    // Leila Ahmadi's only claim went to the bin with its document, so she has nothing left.
    expect(byReviewer).toEqual([
      { assignee: 'Omid Karimi', total: 2, byStatus: { unreviewed: 0, in_progress: 2, in_review: 0, done: 0 } },
      { assignee: 'Мария Иванова', total: 1, byStatus: { unreviewed: 0, in_progress: 0, in_review: 0, done: 1 } },
      { assignee: null, total: 2, byStatus: { unreviewed: 2, in_progress: 0, in_review: 0, done: 0 } },
    ]);
    expect(byReviewer.reduce((sum, row) => sum + row.total, 0)).toBe(totalClaims);
    const busiest = await h.call<ReviewDashboard>('review.dashboard', { top: 1 });
    expect(busiest.byReviewer.map((row) => row.assignee)).toEqual(['Omid Karimi', null]);
  });

  it('counts flagged chains and orphans, and shows the latest activity first', async () => {
    const dashboard = await h.call<ReviewDashboard>('review.dashboard', {});
    expect(dashboard.flaggedChains).toEqual({ unnamed: 1, unknown: 1 });
    expect(dashboard.orphanCount).toBe(0);
    expect(dashboard.recentActivity).toHaveLength(20);
    expect(dashboard.recentActivity[0]).toMatchObject({ entity: 'document', action: 'delete' });
  });

  it('lists the claims each second-look count stands for', async () => {
    const unnamed = await queue({ chain: 'unnamed' });
    const unknown = await queue({ chain: 'unknown' });
    const flagged = await queue({ chain: 'flagged' });
    expect([unnamed.total, unknown.total, flagged.total]).toEqual([1, 1, 2]);
    expect(flagged.items.map((item) => item.id).sort()).toEqual([...unnamed.items, ...unknown.items].map((item) => item.id).sort());
    expect(unnamed.items.every((item) => item.chainFlag === 'unnamed')).toBe(true);
    expect(unknown.items.every((item) => item.chainFlag === 'unknown')).toBe(true);
    expect((await queue({ orphaned: true })).total).toBe(0);
    expect((await h.failure('review.queue', { chain: 'anonymous' })).code).toBe('invalid_arguments');
  });
});

describe('review.dashboard on a re-imported document', () => {
  it('counts a claim whose words are gone from the new version as an orphan', async () => {
    const desk = openServiceHarness('Reimport');
    try {
      const documentId = await desk.importText(GRAIN_ARTICLE);
      const text = (await desk.call<DocumentDetail>('documents.get', { id: documentId })).text;
      await desk.call('claims.create', { documentId, ...spanOf(text, "Ukraine's farmers fear another suspension") });
      await desk.call('claims.create', { documentId, ...spanOf(text, 'Negotiators met again on Tuesday') });
      expect((await desk.call<ReviewDashboard>('review.dashboard', {})).orphanCount).toBe(0);
      const newer = GRAIN_ARTICLE.replace("Ukraine's farmers fear another suspension, a trader told AFP.", 'Talks end on Friday.');
      await desk.call('documents.reimport', { id: documentId, name: 'grain.txt', dataBase64: Buffer.from(newer).toString('base64') });
      const dashboard = await desk.call<ReviewDashboard>('review.dashboard', {});
      expect(dashboard.orphanCount).toBe(1);
      expect(dashboard.totalClaims).toBe(2);
      const orphans = await desk.call<{ items: ReviewQueueItem[]; total: number }>('review.queue', { orphaned: true });
      expect(orphans.items.map((item) => item.quote)).toEqual(["Ukraine's farmers fear another suspension"]);
    } finally {
      desk.close();
    }
  });
});
