import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../../core/api/exports.js';
import type { Claim, Source } from '../../../../core/domain.js';
import type { ClaimReviewLd } from '../../../../core/reports/claim-review.js';
import type { ReportModel } from '../../../../core/reports/model.js';
import { buildReportModel } from '../../../../db/reports/build-report-model.js';
import { IDLIB_ARTICLE, spanOf } from '../support/articles.js';
import { openServiceHarness, type ServiceHarness } from '../support/service-harness.js';

// The report model carries the registry's Wikidata items: of each hop's source, of the claimant
// and of each appearance's outlet, so the exports can name them.

const NLF = 'The National Liberation Front rejected the demilitarised zone agreement on Monday';
const ISIL = 'The US military evacuated several ISIL commanders from Deir ez-Zor in recent weeks';
const POSTS = 'Turkey will keep its twelve observation posts 🇹🇷 in the zone';
const REPRINT = `Reprint: militants and the zone

Syria Direct, earlier: ${NLF}, according to a spokesman.`;

let h: ServiceHarness;
let claims: Record<'nlf' | 'isil' | 'posts', Claim>;
let naji: Source;
let idlib: string;
let reprint: string;

const modelOf = (): ReportModel => buildReportModel(h.workbench.db, { kind: 'workbench' });
const claimIn = (model: ReportModel, id: string) => model.claims.find((c) => c.id === id)!;

beforeAll(async () => {
  h = openServiceHarness('Desk');
  await h.call('settings.update', {
    organizationName: 'Frontline Fact Check',
    reviewUrlPattern: 'https://factcheck.example.org/checks/{claim}',
  });
  idlib = await h.importText(IDLIB_ARTICLE);
  reprint = await h.importText(REPRINT);
  await h.call('documents.update', {
    id: idlib,
    patch: { outlet: 'Reuters', url: 'https://wire.example.com/idlib', publishedAt: '2018-10-01' },
  });
  await h.call('documents.update', {
    id: reprint,
    patch: { outlet: 'Agence France-Presse', url: 'https://syriadirect.example/nlf', publishedAt: '2018-09-30' },
  });
  const text = (await h.call<{ text: string }>('documents.get', { id: idlib })).text;
  const reprintText = (await h.call<{ text: string }>('documents.get', { id: reprint })).text;
  const afp = (await h.call<Source[]>('sources.list', {})).find((s) => s.name === 'AFP')!;
  const fars = (await h.call<Source[]>('sources.list', {})).find((s) => s.name === 'Fars')!;

  const nlf = await h.call<Claim>('claims.create', {
    documentId: idlib,
    ...spanOf(text, NLF),
    claimant: 'Naji Mustafa',
    hops: [
      { sourceId: afp.id, kind: 'quote' },
      { newSource: { name: 'Naji Mustafa', kind: 'person' }, kind: 'quote' },
    ],
  });
  naji = await h.call<Source>('sources.update', { id: nlf.hops[1]!.sourceId, patch: { wikidataId: 'Q900010' } });
  await h.call('claims.linkAppearance', { id: nlf.id, documentId: reprint, ...spanOf(reprintText, NLF) });
  // Named by an alias of AFP; the chain runs through Fars, which has no item.
  const isil = await h.call<Claim>('claims.create', {
    documentId: idlib,
    ...spanOf(text, ISIL),
    claimant: 'agence france-presse',
    hops: [{ sourceId: fars.id, kind: 'citing' }],
  });
  // A name two sources answer to, with different items: nobody can tell which is meant.
  await h.call('sources.create', { name: 'Defence Ministry', kind: 'official', wikidataId: 'Q900011' });
  await h.call('sources.create', {
    name: 'Turkish Defence Ministry',
    kind: 'official',
    wikidataId: 'Q900012',
    aliases: [{ alias: 'Defence Ministry', kind: 'name' }],
  });
  const posts = await h.call<Claim>('claims.create', { documentId: idlib, ...spanOf(text, POSTS), claimant: 'Defence Ministry' });
  claims = { nlf, isil, posts };
  for (const claim of [nlf, isil, posts]) {
    await h.call('claims.setVerdict', { id: claim.id, ratingId: '0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b01' });
    await h.call('claims.setRationale', { id: claim.id, rationaleJson: null, rationaleText: 'Confirmed by two outlets.' });
    for (const status of ['in_progress', 'in_review', 'done']) await h.call('claims.setStatus', { id: claim.id, status });
  }
});
afterAll(() => h.close());

describe('Wikidata items in the report model', () => {
  it('gives each hop the item of its source, and null where it has none', () => {
    const nlf = claimIn(modelOf(), claims.nlf.id);
    expect(nlf.hops.map((hop) => [hop.sourceName, hop.sourceWikidataId])).toEqual([
      ['AFP', 'Q40464'],
      ['Naji Mustafa', 'Q900010'],
    ]);
    expect(claimIn(modelOf(), claims.isil.id).hops.map((hop) => hop.sourceWikidataId)).toEqual([null]);
  });

  it('gives the claimant the item of the source with their name or alias, unless the name is ambiguous', () => {
    const model = modelOf();
    expect(claimIn(model, claims.nlf.id).claimantWikidataId).toBe('Q900010');
    expect(claimIn(model, claims.isil.id).claimantWikidataId).toBe('Q40464');
    expect(claimIn(model, claims.posts.id).claimantWikidataId).toBeNull();
  });

  it('gives each document and appearance the item of its outlet', () => {
    const model = modelOf();
    expect(model.documents.find((d) => d.id === idlib)?.outletWikidataId).toBe('Q130879');
    const nlf = claimIn(model, claims.nlf.id);
    expect(nlf.appearances.map((a) => [a.outlet, a.outletWikidataId])).toEqual([['Agence France-Presse', 'Q40464']]);
    // The reprint came out first.
    expect(nlf.firstAppearance).toMatchObject({ documentId: reprint, outletWikidataId: 'Q40464' });
  });

  it('reaches the ClaimReview export as sameAs', async () => {
    const file = await h.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'claimreview' });
    const reviews = JSON.parse(file.content) as ClaimReviewLd[];
    const reviewOf = (claim: Claim) => reviews.find((r) => r.url.endsWith(claim.id))!;
    expect(reviewOf(claims.nlf).itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'Naji Mustafa',
      sameAs: 'https://www.wikidata.org/wiki/Q900010',
    });
    expect(reviewOf(claims.isil).itemReviewed.author).toMatchObject({ sameAs: 'https://www.wikidata.org/wiki/Q40464' });
    expect(reviewOf(claims.posts).itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Defence Ministry' });
    expect(reviewOf(claims.nlf).itemReviewed.firstAppearance?.publisher).toEqual({
      '@type': 'Organization',
      name: 'Agence France-Presse',
      sameAs: 'https://www.wikidata.org/wiki/Q40464',
    });
  });

  it('leaves out the item of a source nobody has confirmed, as reports leave out the source', () => {
    h.workbench.db.prepare('UPDATE sources SET confirmed = 0 WHERE id = ?').run(naji.id);
    const nlf = claimIn(modelOf(), claims.nlf.id);
    expect(nlf.hops.map((hop) => hop.sourceWikidataId)).toEqual(['Q40464', null]);
    expect(nlf.claimantWikidataId).toBeNull();
  });
});
