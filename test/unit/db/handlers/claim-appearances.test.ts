import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AppearanceCandidate, ClaimAppearances } from '../../../../core/api/claim-results.js';
import type { Claim, ClaimAppearance, DocumentDetail, HistoryEvent } from '../../../../core/domain.js';
import { spanOf } from '../support/articles.js';
import { openServiceHarness, type ServiceHarness } from '../support/service-harness.js';

const SENTENCE = 'The US military evacuated several ISIL commanders from Deir ez-Zor in recent weeks';

// The same claim as it travels: the Fars original, a lightly reworded copy a day earlier on
// another site, a verbatim copy pasted into a reader thread, and two articles that share words
// with it but say something else.
const OWN = `US evacuates ISIL commanders, Fars says

${SENTENCE}, Fars News Agency reported, citing Arab sources.

The Pentagon did not comment.`;

const REWORDED = `Report: helicopters seen over Deir ez-Zor

Local sources say the US military has evacuated several ISIS commanders from Deir ez-Zor in the recent weeks, according to a regional news site.`;

const VERBATIM = `Syria roundup

Fighting continued near Idlib.

Comments (2)

reader77: "${SENTENCE}" — that is what Fars wrote, nobody else has it.`;

const UNRELATED = `Military commanders meet in Deir ez-Zor

Several commanders of the US-led coalition met local council members in recent weeks to discuss reconstruction.`;

const BINNED = `Old copy

${SENTENCE}.`;

let h: ServiceHarness;
const doc: Record<string, string> = {};
let claim: Claim;

async function importDated(key: string, text: string, publishedAt: string | null) {
  doc[key] = await h.importText(text, text.slice(0, text.indexOf('\n')));
  if (publishedAt) await h.call('documents.update', { id: doc[key], patch: { publishedAt } });
}

const textOf = async (key: string) => (await h.call<DocumentDetail>('documents.get', { id: doc[key] })).text;

beforeAll(async () => {
  h = openServiceHarness();
  await importDated('own', OWN, '2018-10-09');
  await importDated('reworded', REWORDED, '2018-10-08');
  await importDated('verbatim', VERBATIM, '2018-10-12');
  await importDated('unrelated', UNRELATED, '2018-10-01');
  await importDated('binned', BINNED, '2018-10-01');
  await h.call('documents.delete', { id: doc.binned });
  claim = await h.call<Claim>('claims.create', { documentId: doc.own, ...spanOf(await textOf('own'), SENTENCE) });
});

afterAll(() => h.close());

const find = (args: Record<string, unknown> = {}) => h.call<AppearanceCandidate[]>('claims.findAppearances', { id: claim.id, ...args });

describe('claims.findAppearances', () => {
  it('finds the verbatim copy and the reworded one in other live documents, and nothing else', async () => {
    const found = await find();
    expect(found.map((f) => f.documentId)).toEqual([doc.verbatim, doc.reworded]);
    const [verbatim, reworded] = found as [AppearanceCandidate, AppearanceCandidate];
    expect(verbatim).toMatchObject({
      quote: SENTENCE,
      score: 1,
      publishedAt: '2018-10-12',
      documentTitle: 'Syria roundup',
      appearanceId: null,
    });
    expect(verbatim.start).toBe((await textOf('verbatim')).indexOf(SENTENCE));
    expect(reworded.score).toBeGreaterThan(0.75);
    expect(reworded.score).toBeLessThan(1);
    expect(reworded.quote).toMatch(/^the US military has evacuated several ISIS commanders from Deir ez-Zor in the recent weeks/i);
    expect((await textOf('reworded')).slice(reworded.start, reworded.end)).toBe(reworded.quote);
  });

  it('keeps only passages as close as asked', async () => {
    expect((await find({ minScore: 1 })).map((f) => f.documentId)).toEqual([doc.verbatim]);
    expect((await h.failure('claims.findAppearances', { id: claim.id, minScore: 0.2 })).code).toBe('invalid_arguments');
  });
});

describe('linking appearances', () => {
  it('links found passages, marks them in later searches, and picks the earliest published one', async () => {
    const [verbatim, reworded] = (await find()) as [AppearanceCandidate, AppearanceCandidate];
    const linkedVerbatim = await h.call<ClaimAppearance>('claims.linkAppearance', {
      id: claim.id,
      documentId: verbatim.documentId,
      start: verbatim.start,
      end: verbatim.end,
    });
    expect(linkedVerbatim).toMatchObject({
      claimId: claim.id,
      documentId: doc.verbatim,
      quote: SENTENCE,
      score: 1,
      publishedAt: '2018-10-12',
    });
    // Before the earlier copy is linked, the claim's own document is where it appeared first.
    let listed = await h.call<ClaimAppearances>('claims.appearances', { id: claim.id });
    expect(listed.firstAppearance).toMatchObject({ id: claim.id, documentId: doc.own, publishedAt: '2018-10-09' });

    const linkedReworded = await h.call<ClaimAppearance>('claims.linkAppearance', {
      id: claim.id,
      documentId: reworded.documentId,
      start: reworded.start,
      end: reworded.end,
    });
    expect(linkedReworded.score).toBeCloseTo(reworded.score, 1);
    listed = await h.call<ClaimAppearances>('claims.appearances', { id: claim.id });
    expect(listed.appearances.map((a) => a.documentId)).toEqual([doc.reworded, doc.verbatim]);
    expect(listed.firstAppearance).toMatchObject({
      id: linkedReworded.id,
      documentId: doc.reworded,
      publishedAt: '2018-10-08',
      documentTitle: 'Report: helicopters seen over Deir ez-Zor',
    });
    expect((await find()).map((f) => f.appearanceId)).toEqual([linkedVerbatim.id, linkedReworded.id]);

    // Linking the same span again keeps one link.
    const again = await h.call<ClaimAppearance>('claims.linkAppearance', {
      id: claim.id,
      documentId: doc.reworded,
      start: reworded.start,
      end: reworded.end,
    });
    expect(again.id).toBe(linkedReworded.id);

    await h.call('claims.unlinkAppearance', { appearanceId: linkedReworded.id });
    listed = await h.call<ClaimAppearances>('claims.appearances', { id: claim.id });
    expect(listed.appearances.map((a) => a.id)).toEqual([linkedVerbatim.id]);
    expect(listed.firstAppearance?.id).toBe(claim.id);

    const history = await h.call<HistoryEvent[]>('history.forClaim', { claimId: claim.id });
    expect(history.filter((e) => e.field === 'appearance').map((e) => e.action)).toEqual(['unlink', 'link', 'link']);
    expect(JSON.parse(history[0]!.oldValue!)).toMatchObject({
      documentId: doc.reworded,
      title: 'Report: helicopters seen over Deir ez-Zor',
    });
    expect(h.events).toContainEqual({ type: 'claims.changed', documentId: doc.own, ids: [claim.id] });
  });

  it('refuses the claim’s own document, spans outside the text and unknown documents', async () => {
    const own = await h.failure('claims.linkAppearance', { id: claim.id, documentId: doc.own, start: 0, end: 10 });
    expect(own).toMatchObject({ code: 'invalid_arguments', message: expect.stringMatching(/another document/) });
    const outside = await h.failure('claims.linkAppearance', { id: claim.id, documentId: doc.unrelated, start: 0, end: 100_000 });
    expect(outside).toMatchObject({ code: 'invalid_arguments', message: expect.stringMatching(/outside the document text/) });
    expect((await h.failure('claims.linkAppearance', { id: claim.id, documentId: doc.binned, start: 0, end: 3 })).code).toBe('not_found');
    expect((await h.failure('claims.unlinkAppearance', { appearanceId: '00000000-0000-4000-8000-000000000000' })).code).toBe('not_found');
  });

  it('has no first appearance when no document is dated', async () => {
    const desk = openServiceHarness('Undated');
    try {
      const own = await desk.importText(OWN);
      const other = await desk.importText(VERBATIM);
      const text = (await desk.call<DocumentDetail>('documents.get', { id: own })).text;
      const undated = await desk.call<Claim>('claims.create', { documentId: own, ...spanOf(text, SENTENCE) });
      const [candidate] = await desk.call<AppearanceCandidate[]>('claims.findAppearances', { id: undated.id });
      expect(candidate?.documentId).toBe(other);
      await desk.call('claims.linkAppearance', { id: undated.id, documentId: other, start: candidate!.start, end: candidate!.end });
      const listed = await desk.call<ClaimAppearances>('claims.appearances', { id: undated.id });
      expect(listed.appearances).toHaveLength(1);
      expect(listed.firstAppearance).toBeNull();
    } finally {
      desk.close();
    }
  });
});
