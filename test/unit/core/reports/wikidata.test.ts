import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

import {
  type ClaimReviewLd,
  renderClaimReview,
  renderClaimReviewJson,
  renderClaimReviewScript,
} from '../../../../core/reports/claim-review.js';
import { renderHtmlReport } from '../../../../core/reports/html-report.js';
import { renderMarkdown } from '../../../../core/reports/markdown-report.js';
import type { ReportClaim, ReportModel } from '../../../../core/reports/model.js';
import { wikidataItem, wikidataItemUrl } from '../../../../core/reports/wikidata.js';
import { buildFixtureModel, DOCUMENTS, SOURCES } from './fixture-model.js';

// Registry identities travel: every export names a source's Wikidata item where the registry has
// one, and only ever from a well-formed identifier.

const MALFORMED = [
  '',
  '  ',
  'Q',
  'Q0',
  'Q042',
  'q42',
  'P31',
  'L7',
  'Q42a',
  'Q 42',
  'Q123456789012',
  'https://www.wikidata.org/wiki/Q42',
  'Q42"><script>alert(1)</script>',
  'Q42/../../evil',
  'javascript:alert(1)',
];

describe('wikidataItemUrl', () => {
  it('gives the item page of a well-formed item', () => {
    expect(wikidataItemUrl('Q130879')).toBe('https://www.wikidata.org/wiki/Q130879');
    expect(wikidataItemUrl('Q1')).toBe('https://www.wikidata.org/wiki/Q1');
    expect(wikidataItemUrl('Q12345678901')).toBe('https://www.wikidata.org/wiki/Q12345678901');
    expect(wikidataItemUrl(' Q42 ')).toBe('https://www.wikidata.org/wiki/Q42');
    expect(wikidataItem(' Q42 ')).toBe('Q42');
  });

  it('gives nothing for anything else, so no malformed address is ever published', () => {
    for (const id of [...MALFORMED, null, undefined]) {
      expect(wikidataItemUrl(id)).toBeNull();
      expect(wikidataItem(id)).toBeNull();
    }
  });
});

/** The fixture with every claim published: Done, and a rationale where it had none. */
function published(model: ReportModel): ReportModel {
  return {
    ...model,
    claims: model.claims.map((c) => ({ ...c, status: 'done', rationaleText: c.rationaleText || 'Checked against the record.' })),
  };
}

function withClaim(model: ReportModel, quoteStart: string, change: (claim: ReportClaim) => ReportClaim): ReportModel {
  return { ...model, claims: model.claims.map((c) => (c.quote.startsWith(quoteStart) ? change(c) : c)) };
}

function reviewOf(model: ReportModel, quoteStart: string): ClaimReviewLd {
  const claim = model.claims.find((c) => c.quote.startsWith(quoteStart))!;
  return renderClaimReview(model).find((r) => r.url.endsWith(claim.id))!;
}

/** The "Russian officials said … TASS reported" claim, its hops TASS (Q223799) → Russian officials (no item). */
const TASS_CLAIM = 'the withdrawal was';
const TASS = 'https://www.wikidata.org/wiki/Q223799';

describe('ClaimReview sameAs', () => {
  const model = published(buildFixtureModel());

  it('gives the claimant the Wikidata item of the hop that is exactly them', () => {
    const byTass = withClaim(model, TASS_CLAIM, (c) => ({ ...c, claimant: 'tass' }));
    expect(reviewOf(byTass, TASS_CLAIM).itemReviewed.author).toEqual({ '@type': 'Organization', name: 'tass', sameAs: TASS });
  });

  it('gives the claimant the item the registry has for their name when no hop is them', () => {
    const zakharova = withClaim(model, TASS_CLAIM, (c) => ({
      ...c,
      claimant: 'Maria Zakharova',
      claimantKind: 'person',
      claimantWikidataId: 'Q4499766',
    }));
    expect(reviewOf(zakharova, TASS_CLAIM).itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'Maria Zakharova',
      sameAs: 'https://www.wikidata.org/wiki/Q4499766',
    });
  });

  it('gives no sameAs where the source has no item', () => {
    // Russian officials, the claimant and origin, have none; TASS's item is not theirs.
    const review = reviewOf(model, TASS_CLAIM);
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Russian officials' });
    const origin = reviewOf(
      withClaim(model, TASS_CLAIM, (c) => ({ ...c, claimant: '' })),
      TASS_CLAIM,
    );
    expect(origin.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Russian officials' });
    for (const r of renderClaimReview(model)) expect(r.itemReviewed.author?.sameAs).toBeUndefined();
  });

  it('uses the origin’s item when no claimant was recorded', () => {
    const officials = withClaim(model, TASS_CLAIM, (c) => ({
      ...c,
      claimant: '',
      hops: c.hops.map((hop) => (hop.sourceId === SOURCES.officials.id ? { ...hop, sourceWikidataId: 'Q159' } : hop)),
    }));
    expect(reviewOf(officials, TASS_CLAIM).itemReviewed.author).toEqual({
      '@type': 'Organization',
      name: 'Russian officials',
      sameAs: 'https://www.wikidata.org/wiki/Q159',
    });
  });

  it('does not take the item of a longer name that merely contains the claimant’s', () => {
    const naji = withClaim(model, 'We have not withdrawn', (c) => ({
      ...c,
      claimant: 'Naji Mustafa',
      hops: c.hops.map((hop) => (hop.sourceId === SOURCES.naji.id ? { ...hop, sourceWikidataId: 'Q4000001' } : hop)),
    }));
    // Typed by the hop, but identified only by a hop that is exactly them.
    expect(reviewOf(naji, 'We have not withdrawn').itemReviewed.author).toEqual({ '@type': 'Person', name: 'Naji Mustafa' });
  });

  it('names the outlet of each appearance as its publisher, with its item when it has one', () => {
    const withOutlets: ReportModel = {
      ...model,
      documents: model.documents.map((d) => (d.id === DOCUMENTS.english.id ? { ...d, outletWikidataId: 'Q4735555' } : d)),
      claims: model.claims.map((c) => ({
        ...c,
        appearances: c.appearances.map((a) =>
          a.documentId === DOCUMENTS.persian.id ? { ...a, outlet: 'Fars', outletWikidataId: 'Q1331164' } : { ...a, outlet: 'Wire' },
        ),
      })),
    };
    const item = reviewOf(withOutlets, 'We have not withdrawn').itemReviewed;
    const publishers = Object.fromEntries((item.appearance ?? []).map((a) => [a.url, a.publisher]));
    expect(publishers).toEqual({
      [DOCUMENTS.english.url]: { '@type': 'Organization', name: 'Alwaght', sameAs: 'https://www.wikidata.org/wiki/Q4735555' },
      [DOCUMENTS.persian.url]: { '@type': 'Organization', name: 'Fars', sameAs: 'https://www.wikidata.org/wiki/Q1331164' },
      'https://wire.example/2018/10/07/syria-idlib-weapons': { '@type': 'Organization', name: 'Wire' },
    });
    expect(item.firstAppearance?.publisher).toEqual({ '@type': 'Organization', name: 'Wire' });
  });

  it('never publishes an address made from a malformed identifier', () => {
    for (const id of MALFORMED) {
      const bad: ReportModel = {
        ...withClaim(model, TASS_CLAIM, (c) => ({
          ...c,
          claimant: 'Maria Zakharova',
          claimantWikidataId: id,
          hops: c.hops.map((hop) => ({ ...hop, sourceWikidataId: id })),
        })),
        documents: model.documents.map((d) => ({ ...d, outletWikidataId: id })),
      };
      const review = reviewOf(bad, TASS_CLAIM);
      expect(review.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Maria Zakharova' });
      expect(renderClaimReviewJson(bad)).not.toContain('"sameAs"');
    }
  });

  it('keeps the JSON-LD safe to embed when a name next to an item is hostile', () => {
    const hostile = '</script><script>alert(1)</script>';
    const bad = withClaim(model, TASS_CLAIM, (c) => ({ ...c, claimant: hostile, claimantWikidataId: 'Q42' }));
    const json = renderClaimReviewJson(bad);
    expect(json).not.toMatch(/[<>&]/u);
    const parsed = JSON.parse(json) as ClaimReviewLd[];
    expect(parsed.map((r) => r.itemReviewed.author)).toContainEqual({
      '@type': 'Person',
      name: hostile,
      sameAs: 'https://www.wikidata.org/wiki/Q42',
    });
    const doc = new JSDOM(`<!DOCTYPE html><body>${renderClaimReviewScript(bad)}</body>`).window.document;
    expect(doc.querySelectorAll('script')).toHaveLength(parsed.length);
  });
});

describe('the sources list of the HTML report', () => {
  const model = buildFixtureModel();
  const rowOf = (doc: Document, name: string) =>
    [...doc.querySelectorAll('.appendix tbody tr')].find((r) => r.querySelector('td bdi')?.textContent === name)!;

  it('links a source with a Wikidata item to its page, and only such a source', () => {
    const doc = new JSDOM(renderHtmlReport(model)).window.document;
    const link = rowOf(doc, 'AFP').querySelector('a.wikidata')!;
    expect(link.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q40464');
    expect(link.textContent).toBe('Wikidata Q40464');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(rowOf(doc, 'TASS').querySelector('a.wikidata')?.getAttribute('href')).toBe(TASS);
    expect(rowOf(doc, 'Fars').querySelector('a')).toBeNull();
    expect(doc.querySelectorAll('.appendix a.wikidata')).toHaveLength(model.sources.filter((s) => s.wikidataId).length);
  });

  it('makes no link from a malformed identifier, and escapes the name beside one', () => {
    for (const id of MALFORMED) {
      const html = renderHtmlReport({ ...model, sources: model.sources.map((s) => ({ ...s, wikidataId: id })) });
      expect(html).not.toContain('class="wikidata"');
      expect(html).not.toContain('<script>alert(1)');
    }
    const hostile = '<img src=x onerror=alert(1)>';
    const doc = new JSDOM(
      renderHtmlReport({ ...model, sources: model.sources.map((s) => (s.id === SOURCES.afp.id ? { ...s, name: hostile } : s)) }),
    ).window.document;
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(rowOf(doc, hostile).querySelector('a.wikidata')?.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q40464');
  });
});

describe('the sources table of the Markdown report', () => {
  const model = buildFixtureModel();
  const rowOf = (markdown: string, name: string) => markdown.split('\n').find((line) => line.startsWith(`| ${name}`))!;

  it('links a source with a Wikidata item to its page', () => {
    const markdown = renderMarkdown(model);
    expect(rowOf(markdown, 'AFP')).toMatch(
      /^\| AFP \(\[Wikidata Q40464\]\(<https:\/\/www\.wikidata\.org\/wiki\/Q40464>\)\) \| Wire agency \|/u,
    );
    expect(rowOf(markdown, 'Fars')).not.toContain('Wikidata');
  });

  it('makes no link from a malformed identifier, and keeps the name escaped', () => {
    for (const id of MALFORMED) {
      const markdown = renderMarkdown({ ...model, sources: model.sources.map((s) => ({ ...s, wikidataId: id })) });
      expect(markdown).not.toContain('wikidata.org');
    }
    const markdown = renderMarkdown({
      ...model,
      sources: model.sources.map((s) => (s.id === SOURCES.afp.id ? { ...s, name: 'A|F*P' } : s)),
    });
    expect(markdown).toContain('| A\\|F\\*P ([Wikidata Q40464](<https://www.wikidata.org/wiki/Q40464>)) |');
  });
});
