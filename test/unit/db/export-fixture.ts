// A workbench a reviewer could have built in a day, made through the API: two wire stories and a
// reprint, claims with multi-hop chains (one ending in an unnamed source, one with none), every
// verdict shape (on the scale, off it, none), every kind of evidence, tags, a linked appearance
// that was published first, an astral character before a quote, and a claim and a document in
// the bin that no export may show.
import type { Claim, DocumentDetail, Evidence, Source } from '../../../core/domain.js';
import { GRAIN_ARTICLE, IDLIB_ARTICLE, spanOf } from './support/articles.js';
import type { ServiceHarness } from './support/service-harness.js';

export const RATING = {
  true: '0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b01',
  false: '0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b06',
  unverifiable: '0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b07',
} as const;

export const NLF = 'The National Liberation Front rejected the demilitarised zone agreement on Monday';
export const ISIL = 'The US military evacuated several ISIL commanders from Deir ez-Zor in recent weeks';
export const POSTS = 'Turkey will keep its twelve observation posts 🇹🇷 in the zone';
export const TALKS = 'Negotiators met again on Tuesday to discuss the Black Sea corridor';

const REPRINT = `Reprint: militants and the zone

Syria Direct, earlier: ${NLF}, according to a spokesman.`;

const BINNED = `An article moved to the bin

Officials said the crossing would reopen on Friday, a source told Reuters.`;

// A real 1×1 PNG, so the file evidence has a media type a viewer recognises.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export interface ExportFixture {
  documents: { idlib: string; grain: string; reprint: string; binned: string };
  claims: { nlf: Claim; isil: Claim; posts: Claim; talks: Claim; deleted: Claim; inBinnedDocument: Claim };
  evidence: { url: Evidence; passage: Evidence; file: Evidence };
  texts: Record<'idlib' | 'grain' | 'reprint', string>;
}

export async function buildExportFixture(h: ServiceHarness): Promise<ExportFixture> {
  await h.call('settings.update', {
    reviewerName: 'Lena Petrova',
    organizationName: 'Frontline Fact Check',
    organizationUrl: 'https://factcheck.example.org',
    reviewUrlPattern: 'https://factcheck.example.org/checks/{claim}',
  });
  const idlib = await h.importText(IDLIB_ARTICLE);
  const grain = await h.importText(GRAIN_ARTICLE);
  const reprint = await h.importText(REPRINT);
  const binned = await h.importText(BINNED);
  await h.call('documents.update', { id: idlib, patch: { url: 'https://wire.example.com/idlib', publishedAt: '2018-10-01' } });
  await h.call('documents.update', { id: grain, patch: { url: 'https://wire.example.com/grain', publishedAt: '2018-10-03' } });
  await h.call('documents.update', { id: reprint, patch: { url: 'https://syriadirect.example/nlf', publishedAt: '2018-09-30' } });
  const text = async (id: string) => (await h.call<DocumentDetail>('documents.get', { id })).text;
  const texts = { idlib: await text(idlib), grain: await text(grain), reprint: await text(reprint) };

  const sources = await h.call<Source[]>('sources.list', {});
  const seed = (name: string) => {
    const source = sources.find((s) => s.name === name);
    if (!source) throw new Error(`no seed source ${name}`);
    return source.id;
  };

  const nlf = await h.call<Claim>('claims.create', {
    documentId: idlib,
    ...spanOf(texts.idlib, NLF),
    claimant: 'Naji Mustafa',
    hops: [
      { sourceId: seed('AFP'), kind: 'quote', cue: spanOf(texts.idlib, 'AFP quoted') },
      { newSource: { name: 'Naji Mustafa', kind: 'person' }, kind: 'quote' },
    ],
  });
  await h.call('claims.update', {
    id: nlf.id,
    patch: { tags: ['Idlib', 'NLF'], statement: 'The NLF rejected the Idlib buffer-zone deal' },
  });
  await h.call('claims.setRationale', {
    id: nlf.id,
    rationaleJson: null,
    rationaleText: 'The NLF statement was confirmed by two outlets, "word for word", with commas, too.',
  });
  await h.call('claims.setVerdict', { id: nlf.id, ratingId: RATING.true });
  for (const status of ['in_progress', 'in_review', 'done']) await h.call('claims.setStatus', { id: nlf.id, status });
  const url = await h.call<Evidence>('evidence.addUrl', {
    claimId: nlf.id,
    url: 'https://www.nlf.example/statement',
    title: 'NLF statement',
    stance: 'supporting',
  });
  const file = await h.call<Evidence>('evidence.addFile', {
    claimId: nlf.id,
    name: 'screenshot.png',
    dataBase64: PNG.toString('base64'),
    stance: 'supporting',
  });
  const reprintSpan = spanOf(texts.reprint, NLF);
  await h.call('claims.linkAppearance', { id: nlf.id, documentId: reprint, ...reprintSpan });

  const isil = await h.call<Claim>('claims.create', {
    documentId: idlib,
    ...spanOf(texts.idlib, ISIL),
    hops: [
      { sourceId: seed('Fars'), kind: 'citing' },
      { newSource: { name: 'Arab sources', kind: 'unnamed' }, kind: 'citing' },
    ],
  });
  await h.call('claims.setRationale', {
    id: isil.id,
    rationaleJson: null,
    rationaleText: '=HYPERLINK("http://evil.example") no evidence.',
  });
  await h.call('claims.setVerdict', { id: isil.id, ratingId: RATING.false });
  const passage = await h.call<Evidence>('evidence.addPassage', {
    claimId: isil.id,
    documentId: grain,
    ...spanOf(texts.grain, 'Negotiators met again on Tuesday'),
    stance: 'context',
    note: 'Same week, no mention of an evacuation.',
  });

  const posts = await h.call<Claim>('claims.create', { documentId: idlib, ...spanOf(texts.idlib, POSTS) });
  const talks = await h.call<Claim>('claims.create', {
    documentId: grain,
    ...spanOf(texts.grain, TALKS),
    hops: [{ sourceId: seed('Reuters'), kind: 'credit' }],
  });
  await h.call('claims.setRationale', { id: talks.id, rationaleJson: null, rationaleText: 'No second source.' });
  await h.call('claims.setVerdict', { id: talks.id, ratingId: RATING.unverifiable });

  const deleted = await h.call<Claim>('claims.create', {
    documentId: idlib,
    ...spanOf(texts.idlib, 'Militants refuse to hand over weapons'),
  });
  await h.call('claims.delete', { id: deleted.id });
  const binnedText = await text(binned);
  const inBinnedDocument = await h.call<Claim>('claims.create', {
    documentId: binned,
    ...spanOf(binnedText, 'Officials said the crossing would reopen on Friday'),
  });
  await h.call('documents.delete', { id: binned });

  const get = (id: string) => h.call<Claim>('claims.get', { id });
  return {
    documents: { idlib, grain, reprint, binned },
    claims: {
      nlf: await get(nlf.id),
      isil: await get(isil.id),
      posts: await get(posts.id),
      talks: await get(talks.id),
      deleted,
      inBinnedDocument,
    },
    evidence: { url, passage, file },
    texts,
  };
}
