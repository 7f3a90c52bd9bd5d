// A document's outlet is a registry source: found by name or alias, or created unconfirmed, and
// the outlet's own articles count in its trace.
import { afterEach, describe, expect, it } from 'vitest';

import type { Claim, DocumentDetail, Source, SourceTrace } from '../../../../core/domain.js';
import { spanOf } from '../support/articles.js';
import { openServiceHarness, type ServiceHarness } from '../support/service-harness.js';

const ARTICLE = [
  'Pilots refuse night shifts at the northern quay',
  '',
  'Harbour Review, October 01, 2020',
  '',
  'The harbour pilots refused night shifts on Monday because the radar had been broken for a week.',
].join('\n');

let h: ServiceHarness;
afterEach(() => h.close());

const outletSourceOf = (id: string) =>
  (h.workbench.db.prepare('SELECT outlet_source_id AS id FROM documents WHERE id = ?').get(id) as { id: string | null }).id;

describe("a document's outlet", () => {
  it('is created unconfirmed when the registry does not know it, and its articles count in its trace', async () => {
    h = openServiceHarness();
    const id = await h.importText(ARTICLE);
    expect((await h.call<DocumentDetail>('documents.get', { id })).outlet).toBe('Harbour Review');
    const sources = await h.call<Source[]>('sources.list', {});
    const outlet = sources.find((s) => s.name === 'Harbour Review');
    expect(outlet).toMatchObject({ kind: 'website', confirmed: false });
    expect(outletSourceOf(id)).toBe(outlet!.id);

    const claim = await h.call<Claim>('claims.create', {
      documentId: id,
      ...spanOf(ARTICLE, 'The harbour pilots refused night shifts on Monday'),
    });
    const trace = await h.call<SourceTrace>('sources.trace', { id: outlet!.id });
    expect(trace.claims.map((c) => c.id)).toEqual([claim.id]);
    expect(trace.documents.map((d) => d.id)).toEqual([id]);
  });

  it('is the registry source a reviewer names, by name or alias, and none when cleared', async () => {
    h = openServiceHarness();
    const id = await h.importText(ARTICLE);
    const tass = (await h.call<Source[]>('sources.list', {})).find((s) => s.name === 'TASS')!;
    await h.call('documents.update', { id, patch: { outlet: 'ТАСС' } });
    expect(outletSourceOf(id)).toBe(tass.id);
    await h.call('documents.update', { id, patch: { outlet: null } });
    expect(outletSourceOf(id)).toBeNull();
  });
});
