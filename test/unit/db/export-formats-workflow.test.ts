import { parse as parseCsv } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../core/api/exports.js';
import type { Bundle } from '../../../core/bundle/format.js';
import { parseBundleText } from '../../../core/bundle/parse.js';
import type { ClaimReviewLd } from '../../../core/reports/claim-review.js';
import type { AnnotationCollection, TextPositionSelector, TextQuoteSelector } from '../../../core/reports/web-annotations.js';
import { buildExportFixture, type ExportFixture } from './export-fixture.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

let h: ServiceHarness;
let f: ExportFixture;

beforeAll(async () => {
  h = openServiceHarness('Desk');
  f = await buildExportFixture(h);
});
afterAll(() => h.close());

const render = (args: Record<string, unknown>) => h.call<ExportFile>('exports.render', args);
const workbench = { kind: 'workbench' } as const;

function liveClaims() {
  return [f.claims.nlf, f.claims.isil, f.claims.posts, f.claims.talks];
}

describe('CSV export', () => {
  it('has one row per live claim with the values the reviewer recorded', async () => {
    const file = await render({ scope: workbench, format: 'csv' });
    expect(file.mediaType).toBe('text/csv; charset=utf-8');
    expect(file.fileName).toMatch(/^claimtrace-claims-desk-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(file.content, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Claim ID']).sort()).toEqual(
      liveClaims()
        .map((c) => c.id)
        .sort(),
    );
    const nlf = rows.find((r) => r['Claim ID'] === f.claims.nlf.id)!;
    expect(nlf['Quote']).toBe(f.claims.nlf.quote);
    expect(nlf['Statement']).toBe('The NLF rejected the Idlib buffer-zone deal');
    expect(nlf['Verdict']).toBe('True');
    expect(nlf['Status']).toBe('Done');
    expect(nlf['Attribution chain']).toContain('AFP');
    expect(nlf['Attribution chain']).toContain('Naji Mustafa');
    expect(nlf['Rationale']).toBe('The NLF statement was confirmed by two outlets, "word for word", with commas, too.');
    expect(nlf['Evidence URLs']).toBe('https://www.nlf.example/statement');
    expect(nlf['Document']).toBe('Militants refuse to hand over weapons in Idlib');
    // A formula from an article never reaches a spreadsheet as a formula.
    const isil = rows.find((r) => r['Claim ID'] === f.claims.isil.id)!;
    expect(isil['Rationale']).toBe('\'=HYPERLINK("http://evil.example") no evidence.');
    expect(rows.find((r) => r['Claim ID'] === f.claims.posts.id)!['Verdict']).toBe('');
  });

  it('starts with a byte-order mark only when asked', async () => {
    expect((await render({ scope: workbench, format: 'csv', bom: true })).content.startsWith('\uFEFF')).toBe(true);
    expect((await render({ scope: workbench, format: 'csv' })).content.startsWith('\uFEFF')).toBe(false);
  });
});

describe('ClaimReview export', () => {
  it('publishes only the claims that are Done with a verdict and a rationale, and says what it left out', async () => {
    const file = await render({ scope: workbench, format: 'claimreview' });
    expect(file.mediaType).toBe('application/ld+json');
    const reviews = JSON.parse(file.content) as ClaimReviewLd[];
    // The False and Unverifiable claims have rationales but were never moved past Unreviewed.
    expect(reviews.map((r) => r.url)).toEqual([`https://factcheck.example.org/checks/${f.claims.nlf.id}`]);
    expect(file.notices).toEqual([
      '3 of 4 claims were left out of ClaimReview (3 not Done yet): only claims that are Done with a verdict and a rationale are published.',
    ]);
    const [nlf] = reviews;
    expect(nlf!['@context']).toBe('https://schema.org');
    expect(nlf!['@type']).toBe('ClaimReview');
    expect(nlf!.author).toEqual({ '@type': 'Organization', name: 'Frontline Fact Check', url: 'https://factcheck.example.org/' });
    expect(nlf!.claimReviewed).toBe('The NLF rejected the Idlib buffer-zone deal');
    expect(nlf!.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'True', ratingValue: 6, bestRating: 6, worstRating: 1 });
    // The claimant is the person the chain ends at, not the agency that carried the words.
    expect(nlf!.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Naji Mustafa' });
    // The reprint was published a day before the wire story, so it is the first appearance.
    expect(nlf!.itemReviewed.firstAppearance).toMatchObject({ url: 'https://syriadirect.example/nlf', datePublished: '2018-09-30' });
    expect(nlf!.itemReviewed.appearance?.map((a) => a.url).sort()).toEqual([
      'https://syriadirect.example/nlf',
      'https://wire.example.com/idlib',
    ]);
  });

  it('offers the same reviews as ready script blocks to paste into the fact-check pages', async () => {
    const file = await render({ scope: workbench, format: 'claimreview-script' });
    expect(file.mediaType).toBe('text/html; charset=utf-8');
    expect(file.fileName).toMatch(/^claimtrace-claimreview-script-desk-\d{4}-\d{2}-\d{2}\.html$/);
    const dom = new JSDOM(file.content);
    const scripts = [...dom.window.document.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts.map((s) => (JSON.parse(s.textContent!) as ClaimReviewLd).url)).toEqual([
      `https://factcheck.example.org/checks/${f.claims.nlf.id}`,
    ]);
    expect(file.notices).toHaveLength(1);
    dom.window.close();
  });

  it('refuses with what to set when the review URL pattern or the organisation name is missing', async () => {
    await h.call('settings.update', { reviewUrlPattern: '' });
    try {
      const refused = await h.failure('exports.render', { scope: workbench, format: 'claimreview' });
      expect(refused.code).toBe('conflict');
      expect(refused.message).toBe(
        'No ClaimReview was exported. Set the fact-check page address in Settings (for example https://desk.example.org/checks/{claim}): every ClaimReview needs the address of the page that publishes it.',
      );
    } finally {
      await h.call('settings.update', { reviewUrlPattern: 'https://factcheck.example.org/checks/{claim}' });
    }
    await h.call('settings.update', { organizationName: '' });
    try {
      const refused = await h.failure('exports.render', { scope: workbench, format: 'claimreview-script' });
      expect(refused.message).toMatch(/^No ClaimReview was exported\. Set the organisation name in Settings/u);
    } finally {
      await h.call('settings.update', { organizationName: 'Frontline Fact Check' });
    }
  });

  it('refuses a scope with nothing to publish, saying why', async () => {
    const refused = await h.failure('exports.render', {
      scope: { kind: 'document', documentId: f.documents.grain },
      format: 'claimreview',
    });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toBe(
      'No ClaimReview was exported: the claim in this scope is not Done with a verdict and a rationale (1 not Done yet).',
    );
  });
});

describe('narrowed scopes', () => {
  const claimsIn = (html: string) => {
    const dom = new JSDOM(html);
    const ids = [...dom.window.document.querySelectorAll('article.claim')].map((a) => a.getAttribute('data-claim-id'));
    const scope = dom.window.document.querySelector('.masthead')!.textContent;
    dom.window.close();
    return { ids, scope };
  };

  it('exports Done claims only, and says so under Scope', async () => {
    const file = await render({ scope: { kind: 'workbench', filter: { status: ['done'] } }, format: 'html' });
    const { ids, scope } = claimsIn(file.content);
    expect(ids).toEqual([f.claims.nlf.id]);
    expect(scope).toContain('Whole workbench: Desk · Done claims');
    expect(file.content).not.toContain('Not yet rated</span>');
  });

  it('exports rated claims only, and narrows a document or a selection the same way', async () => {
    const rated = claimsIn((await render({ scope: { kind: 'workbench', filter: { rated: true } }, format: 'html' })).content);
    expect(rated.ids.sort()).toEqual([f.claims.nlf.id, f.claims.isil.id, f.claims.talks.id].sort());
    expect(rated.scope).toContain('Claims with a verdict');
    const document = claimsIn(
      (await render({ scope: { kind: 'document', documentId: f.documents.idlib, filter: { rated: true } }, format: 'html' })).content,
    );
    expect(document.ids.sort()).toEqual([f.claims.nlf.id, f.claims.isil.id].sort());
    const selection = claimsIn(
      (
        await render({
          scope: { kind: 'selection', claimIds: [f.claims.posts.id, f.claims.talks.id], filter: { status: ['done'] } },
          format: 'html',
        })
      ).content,
    );
    // Narrowed to nothing is an empty report, not a stale selection.
    expect(selection.ids).toEqual([]);
  });

  it('exports what a review queue’s filters show: verdicts, sources and tags', async () => {
    const fars = (await h.call<{ id: string; name: string }[]>('sources.list', { query: 'Fars' })).find((s) => s.name === 'Fars')!;
    const bySource = claimsIn((await render({ scope: { kind: 'workbench', filter: { sourceId: fars.id } }, format: 'html' })).content);
    expect(bySource.ids).toEqual([f.claims.isil.id]);
    expect(bySource.scope).toContain('Claims attributed to Fars');
    const byTag = claimsIn((await render({ scope: { kind: 'workbench', filter: { tag: 'NLF' } }, format: 'html' })).content);
    expect(byTag.ids).toEqual([f.claims.nlf.id]);
    const unrated = claimsIn((await render({ scope: { kind: 'workbench', filter: { ratingIds: ['none'] } }, format: 'html' })).content);
    expect(unrated.ids).toEqual([f.claims.posts.id]);
  });

  it('counts before exporting what the file will hold and what ClaimReview would leave out', async () => {
    expect(await h.call('exports.preview', { scope: workbench })).toEqual({
      claims: 4,
      documents: 2,
      publishable: 1,
      leftOut: { notDone: 3, noVerdict: 0, noRationale: 0 },
    });
    expect(await h.call('exports.preview', { scope: { kind: 'workbench', filter: { status: ['done'] } } })).toEqual({
      claims: 1,
      documents: 1,
      publishable: 1,
      leftOut: { notDone: 0, noVerdict: 0, noRationale: 0 },
    });
    expect(
      await h.call('exports.preview', { scope: { kind: 'document', documentId: f.documents.grain, filter: { status: ['done'] } } }),
    ).toEqual({
      claims: 0,
      documents: 1,
      publishable: 0,
      leftOut: { notDone: 0, noVerdict: 0, noRationale: 0 },
    });
  });
});

describe('Web Annotation export', () => {
  it('annotates each live claim with selectors that pick out its quote in the document', async () => {
    const file = await render({ scope: workbench, format: 'webannotation' });
    const collection = JSON.parse(file.content) as AnnotationCollection;
    expect(collection.type).toBe('AnnotationCollection');
    const items = collection.first!.items;
    expect(items.map((a) => a.id).sort()).toEqual(
      liveClaims()
        .map((c) => `urn:uuid:${c.id}`)
        .sort(),
    );
    const texts: Record<string, string> = {
      'https://wire.example.com/idlib': f.texts.idlib,
      'https://wire.example.com/grain': f.texts.grain,
    };
    for (const annotation of items) {
      const text = texts[annotation.target.source]!;
      const quote = annotation.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
      const position = annotation.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
      // Positions count code points: slice the text as an array of code points.
      expect([...text].slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(text.indexOf(quote.prefix + quote.exact)).toBeGreaterThanOrEqual(0);
    }
    // A claim without a verdict only describes what was said.
    const posts = items.find((a) => a.id === `urn:uuid:${f.claims.posts.id}`)!;
    expect(posts.motivation).toBe('describing');
    const nlf = items.find((a) => a.id === `urn:uuid:${f.claims.nlf.id}`)!;
    expect(nlf.motivation).toBe('assessing');
    expect(nlf.body?.flatMap((b) => (b.type === 'TextualBody' && b.purpose === 'tagging' ? [b.value] : [])).sort()).toEqual([
      'Idlib',
      'NLF',
    ]);
    // AFP, the one source of the chain with a Wikidata item, is linked to it; Naji Mustafa has none.
    expect(nlf.body?.filter((b) => b.type === 'SpecificResource')).toEqual([
      { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://www.wikidata.org/wiki/Q40464', label: 'AFP' } },
    ]);
    expect(nlf.creator).toEqual({ type: 'Person', name: 'Lena Petrova' });
  });
});

describe('HTML export', () => {
  it('shows every live claim in context with its verdict, and nothing from the bin', async () => {
    const file = await render({ scope: workbench, format: 'html', history: true });
    expect(file.mediaType).toBe('text/html; charset=utf-8');
    const dom = new JSDOM(file.content); // scripts are never run by default
    const doc = dom.window.document;
    const articles = [...doc.querySelectorAll('article.claim')];
    expect(articles.map((a) => a.getAttribute('data-claim-id')).sort()).toEqual(
      liveClaims()
        .map((c) => c.id)
        .sort(),
    );
    const nlf = doc.getElementById(`claim-${f.claims.nlf.id}`)!;
    expect(nlf.querySelector('.verdict')!.textContent).toBe('True');
    expect(nlf.querySelector('mark')!.textContent).toBe(f.claims.nlf.quote);
    expect(nlf.querySelector('.evidence-part')!.textContent).toContain('screenshot.png');
    expect(nlf.querySelector('.appearances')!.textContent).toContain('Reprint: militants and the zone');
    expect(doc.body.textContent).not.toContain('Officials said the crossing would reopen');
    expect(doc.body.textContent).toContain('Frontline Fact Check');
    expect(doc.body.textContent).toContain('Lena Petrova');
    const isil = doc.getElementById(`claim-${f.claims.isil.id}`)!;
    expect(isil.querySelector('.evidence-part')!.textContent).toContain('Grain corridor talks resume in Istanbul');
    expect(isil.querySelector('.history-part')!.textContent).toContain('Changed the verdict: No verdict → False');
    dom.window.close();
  });

  it('leaves the audit history out of a report unless asked', async () => {
    const file = await render({ scope: workbench, format: 'html' });
    const dom = new JSDOM(file.content);
    expect(dom.window.document.querySelectorAll('.history-part')).toHaveLength(0);
    dom.window.close();
    expect((await render({ scope: workbench, format: 'md' })).content).not.toContain('**History**');
    expect((await render({ scope: workbench, format: 'md', history: true })).content).toContain('**History**');
  });

  it('covers one document when asked, under its title', async () => {
    const file = await render({ scope: { kind: 'document', documentId: f.documents.grain }, format: 'html' });
    expect(file.fileName).toMatch(/^claimtrace-report-grain-corridor-talks-resume-in-istanbul-\d{4}-\d{2}-\d{2}\.html$/);
    const dom = new JSDOM(file.content);
    const ids = [...dom.window.document.querySelectorAll('article.claim')].map((a) => a.getAttribute('data-claim-id'));
    expect(ids).toEqual([f.claims.talks.id]);
    expect(dom.window.document.querySelector('h1')!.textContent).toBe('Grain corridor talks resume in Istanbul');
    dom.window.close();
  });

  it('covers a selection of claims, skipping claims that are in the bin', async () => {
    const file = await render({
      scope: { kind: 'selection', claimIds: [f.claims.posts.id, f.claims.talks.id, f.claims.deleted.id] },
      format: 'html',
      title: 'Claims to follow up',
    });
    const dom = new JSDOM(file.content);
    const ids = [...dom.window.document.querySelectorAll('article.claim')].map((a) => a.getAttribute('data-claim-id'));
    expect(ids.sort()).toEqual([f.claims.posts.id, f.claims.talks.id].sort());
    expect(dom.window.document.querySelector('h1')!.textContent).toBe('Claims to follow up');
    expect(dom.window.document.querySelector('.masthead')!.textContent).toContain('2 selected claims');
    dom.window.close();
  });
});

describe('Markdown export', () => {
  it('lists every live claim with its verdict and rationale', async () => {
    const file = await render({ scope: workbench, format: 'md' });
    expect(file.fileName.endsWith('.md')).toBe(true);
    expect(file.content).toContain('The NLF rejected the Idlib buffer-zone deal');
    expect(file.content).toContain('**Verdict:** True');
    expect(file.content).toContain('**Verdict:** Unverifiable');
    expect(file.content).not.toContain('Officials said the crossing would reopen');
    expect(file.content.match(/^#### \d+\. /gmu)).toHaveLength(4);
  });
});

describe('JSON export', () => {
  it('gives a bundle of the whole workbench, the bin included', async () => {
    const file = await render({ scope: workbench, format: 'json' });
    expect(file.fileName).toMatch(/^claimtrace-bundle-desk-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle: Bundle = parseBundleText(file.content);
    expect(bundle.claims).toHaveLength(6);
    expect(bundle.claims.find((c) => c.id === f.claims.deleted.id)!.deletedAt).not.toBeNull();
    expect(bundle.documents.find((d) => d.id === f.documents.binned)!.deletedAt).not.toBeNull();
    expect(bundle.files[0]!.dataBase64).toBe((await import('./export-fixture.js')).PNG.toString('base64'));
    expect(bundle.sources.find((s) => s.name === 'Naji Mustafa')?.kind).toBe('person');
  });

  it('gives a bundle of one document with what its claims point at', async () => {
    const file = await render({ scope: { kind: 'document', documentId: f.documents.idlib }, format: 'json' });
    const bundle = parseBundleText(file.content);
    expect(bundle.scope.kind).toBe('document');
    expect(bundle.claims.map((c) => c.id).sort()).toEqual([f.claims.nlf.id, f.claims.isil.id, f.claims.posts.id].sort());
    // The passage evidence quotes the grain story and the appearance is in the reprint.
    expect(bundle.documents.map((d) => d.id).sort()).toEqual([f.documents.idlib, f.documents.grain, f.documents.reprint].sort());
    expect(bundle.history.every((row) => row.claimId === null || bundle.claims.some((c) => c.id === row.claimId))).toBe(true);
  });
});

describe('export arguments and progress', () => {
  it('suggests a file name a file system accepts whatever the title', async () => {
    const persian = await render({ scope: workbench, format: 'md', title: 'گزارش راستی‌آزمایی' });
    expect(persian.fileName).toMatch(/^claimtrace-report-desk-\d{4}-\d{2}-\d{2}\.md$/);
    const accented = await render({ scope: workbench, format: 'claimreview', title: 'Désinformation: «Idlib» / 2018?' });
    expect(accented.fileName).toMatch(/^claimtrace-claimreview-desinformation-idlib-2018-\d{4}-\d{2}-\d{2}\.jsonld$/);
  });

  it('refuses an unknown document and an empty selection clearly', async () => {
    const missing = await h.failure('exports.render', {
      scope: { kind: 'document', documentId: f.documents.binned },
      format: 'html',
    });
    expect(missing.code).toBe('not_found');
    const empty = await h.failure('exports.render', { scope: { kind: 'selection', claimIds: [] }, format: 'csv' });
    expect(empty.code).toBe('invalid_arguments');
    const gone = await h.failure('exports.render', { scope: { kind: 'selection', claimIds: [f.claims.deleted.id] }, format: 'csv' });
    expect(gone.message).toMatch(/None of the selected claims/);
  });

  it('reports progress for the export it names', async () => {
    const exportId = '6c1e0b3a-4a51-4d0c-9a7e-1f2b3c4d5e6f';
    h.events.length = 0;
    await render({ scope: workbench, format: 'html', exportId });
    const progress = h.events.filter((e) => e.type === 'export.progress');
    expect(progress[0]).toEqual({ type: 'export.progress', exportId, done: 0, total: 4 });
    expect(progress.at(-1)).toEqual({ type: 'export.progress', exportId, done: 4, total: 4 });
  });

  it('stops an export that is cancelled while it runs', async () => {
    const exportId = '7d2f1c4b-5b62-4e1d-8b8f-2a3b4c5d6e7f';
    const running = h.failure('exports.render', { scope: workbench, format: 'html', exportId });
    expect(await h.call('exports.cancel', { exportId })).toEqual({ cancelled: true });
    expect((await running).code).toBe('cancelled');
    expect(await h.call('exports.cancel', { exportId })).toEqual({ cancelled: false });
  });
});
