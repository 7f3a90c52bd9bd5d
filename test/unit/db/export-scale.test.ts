import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ExportFile, ExportFormat } from '../../../core/api/exports.js';
import type { Claim, DocumentDetail, Source } from '../../../core/domain.js';
import { buildReportModel } from '../../../db/reports/build-report-model.js';
import { renderModel } from '../../../db/reports/render-export.js';
import { RATING } from './export-fixture.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

// The largest workbench the app is measured against: 10,000 claims across 200 documents, a third
// of them rated with a rationale and a link. Exports must read it with a handful of set queries
// (never one query per claim) and finish in seconds.

const DOCUMENTS = 200;
const CLAIMS_PER_DOCUMENT = 50;
const TOTAL = DOCUMENTS * CLAIMS_PER_DOCUMENT;

let h: ServiceHarness;

function paragraph(document: number, n: number): string {
  return `Paragraph ${n} of article ${document}: the ministry said on Monday that ${n * 7 + document} people crossed the border, Reuters reported, citing officials. Another sentence follows with more words.`;
}

beforeAll(async () => {
  h = openServiceHarness('Scale');
  const reuters = (await h.call<Source[]>('sources.list', { query: 'Reuters' })).find((s) => s.name === 'Reuters')!.id;
  for (let d = 0; d < DOCUMENTS; d += 1) {
    const body = Array.from({ length: CLAIMS_PER_DOCUMENT }, (_, n) => paragraph(d, n)).join('\n\n');
    const id = await h.importText(`Border report ${d}\n\n${body}`, `Border report ${d}`);
    const text = (await h.call<DocumentDetail>('documents.get', { id })).text;
    let from = 0;
    for (let n = 0; n < CLAIMS_PER_DOCUMENT; n += 1) {
      const start = text.indexOf('the ministry said', from);
      from = start + 1;
      const claim = await h.call<Claim>('claims.create', {
        documentId: id,
        start,
        end: start + 60,
        hops: [{ sourceId: reuters, kind: 'citing' }],
      });
      if (n % 3 === 0) {
        await h.call('claims.setRationale', {
          id: claim.id,
          rationaleJson: null,
          rationaleText: 'Checked against the border agency figures.',
        });
        await h.call('claims.setVerdict', { id: claim.id, ratingId: RATING.false });
        await h.call('evidence.addUrl', { claimId: claim.id, url: `https://agency.example/figures/${n}`, title: 'Figures' });
      }
    }
  }
}, 600_000);
afterAll(() => h.close());

/** Counts every statement better-sqlite3 runs while `work` does. */
function countQueries<T>(work: () => T): { result: T; queries: number } {
  const prototype = Object.getPrototypeOf(h.workbench.db.prepare('SELECT 1')) as Record<string, unknown>;
  const methods = ['all', 'get', 'run', 'iterate'] as const;
  const originals = methods.map((name) => prototype[name] as (...args: unknown[]) => unknown);
  let queries = 0;
  methods.forEach((name, index) => {
    prototype[name] = function (this: Database.Statement, ...args: unknown[]) {
      queries += 1;
      return originals[index]!.apply(this, args);
    };
  });
  try {
    return { result: work(), queries };
  } finally {
    methods.forEach((name, index) => (prototype[name] = originals[index]));
  }
}

function timed<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: Math.round(performance.now() - started) };
}

describe(`exporting ${TOTAL.toLocaleString('en')} claims`, () => {
  it('reads the report model with a few set queries, not one per claim', () => {
    const { result: model, queries } = countQueries(() =>
      buildReportModel(h.workbench.db, { kind: 'workbench' }, { workbenchName: 'Scale' }),
    );
    expect(model.claims).toHaveLength(TOTAL);
    expect(model.documents).toHaveLength(DOCUMENTS);
    expect(model.claims.filter((c) => c.evidence.length === 1)).toHaveLength(DOCUMENTS * Math.ceil(CLAIMS_PER_DOCUMENT / 3));
    console.log(`Report model of ${TOTAL} claims: ${queries} queries`);
    expect(queries).toBeLessThan(25);
  });

  it('builds the model and renders every format in reasonable time', async () => {
    const timings: Record<string, number> = {};
    await h.call('settings.update', { organizationName: 'Border Desk', reviewUrlPattern: 'https://desk.example/checks/{claim}' });
    const built = timed(() => buildReportModel(h.workbench.db, { kind: 'workbench' }, { workbenchName: 'Scale' }));
    timings.model = built.ms;
    // The rated third counts as published, so ClaimReview renders 3,334 reviews rather than none.
    const model = {
      ...built.result,
      claims: built.result.claims.map((claim) => (claim.rating ? { ...claim, status: 'done' as const } : claim)),
    };
    for (const format of ['html', 'md', 'csv', 'claimreview', 'webannotation'] as const) {
      timings[format] = timed(() => renderModel(model, format, false)).ms;
    }
    const bundleStarted = performance.now();
    const bundle = await h.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'json' satisfies ExportFormat });
    timings.json = Math.round(performance.now() - bundleStarted);
    expect(JSON.parse(bundle.content).claims).toHaveLength(TOTAL);
    console.log(`Export of ${TOTAL} claims in ${DOCUMENTS} documents (ms): ${JSON.stringify(timings)}`);

    // Alone on a two-core machine: model 0.5 s, HTML and Markdown 2.5 s each, the rest well under
    // 0.5 s. The bounds leave room for a machine busy with the rest of the suite; they catch a
    // step that grows with the square of the claims, not a slow afternoon.
    expect(timings.model).toBeLessThan(15_000);
    for (const format of ['csv', 'claimreview', 'webannotation', 'json']) expect(timings[format]).toBeLessThan(15_000);
    for (const format of ['html', 'md']) expect(timings[format]).toBeLessThan(60_000);
  }, 240_000);

  it('merges the whole workbench into an empty one in one go', async () => {
    const bundle = await h.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'json' });
    const copy = openServiceHarness('Scale');
    try {
      const started = performance.now();
      const summary = await copy.call<{ added: { claims: number } }>('bundles.import', { json: bundle.content });
      const ms = Math.round(performance.now() - started);
      console.log(`Merge of ${TOTAL} claims into an empty workbench: ${ms} ms`);
      expect(summary.added.claims).toBe(TOTAL);
      expect(ms).toBeLessThan(30_000);
    } finally {
      copy.close();
    }
  }, 120_000);
});
