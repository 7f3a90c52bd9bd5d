import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { ExportFile } from '../../../core/api/exports.js';
import type { Claim, DocumentDetail, Source } from '../../../core/domain.js';
import type { ReportModel } from '../../../core/reports/model.js';
import { buildReportModel } from '../../../db/reports/build-report-model.js';
import { renderExport, renderModel, WORKER_RENDER_THRESHOLD } from '../../../db/reports/render-export.js';
import { liveRenderWorkers, renderModelInWorker } from '../../../db/reports/render-worker/render-in-worker.js';
import { RATING } from './export-fixture.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

// Just past the size from which exports render in a worker thread, with verdicts, rationales and
// evidence on a third of the claims so every part of each report is exercised.
const DOCUMENTS = 16;
const CLAIMS_PER_DOCUMENT = 40;
const TOTAL = DOCUMENTS * CLAIMS_PER_DOCUMENT;

let h: ServiceHarness;
let model: ReportModel;

beforeAll(async () => {
  h = openServiceHarness('Worker');
  const reuters = (await h.call<Source[]>('sources.list', { query: 'Reuters' })).find((s) => s.name === 'Reuters')!.id;
  for (let d = 0; d < DOCUMENTS; d += 1) {
    const body = Array.from(
      { length: CLAIMS_PER_DOCUMENT },
      (_, n) =>
        `Paragraph ${n}: the ministry said on Monday that ${n * 7 + d} people crossed the border, ` +
        'Reuters reported <"citing" & officials>.',
    ).join('\n\n');
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
        const rationaleText = `Checked <b>${n}</b> against the agency's figures.`;
        await h.call('claims.setRationale', { id: claim.id, rationaleJson: null, rationaleText });
        await h.call('claims.setVerdict', { id: claim.id, ratingId: RATING.false });
        await h.call('evidence.addUrl', { claimId: claim.id, url: `https://agency.example/figures/${n}?a=1&b=2`, title: 'Figures' });
      }
    }
  }
  await h.call('settings.update', { organizationName: 'Border Desk', reviewUrlPattern: 'https://desk.example/checks/{claim}' });
  const built = buildReportModel(h.workbench.db, { kind: 'workbench' }, { workbenchName: 'Worker' });
  // The rated third marked Done here rather than step by step through the API, so ClaimReview has them to publish.
  model = { ...built, claims: built.claims.map((claim) => (claim.rating ? { ...claim, status: 'done' as const } : claim)) };
}, 120_000);
afterAll(() => h.close());

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe(`rendering ${TOTAL} claims in a worker thread`, () => {
  it('is large enough to be sent to the worker', () => {
    expect(model.claims).toHaveLength(TOTAL);
    expect(TOTAL).toBeGreaterThanOrEqual(WORKER_RENDER_THRESHOLD);
  });

  const formats = ['html', 'md', 'csv', 'claimreview', 'claimreview-script', 'webannotation'] as const;
  it.each(formats)('produces the same %s text as rendering in-process', async (format) => {
    const inWorker = await renderModelInWorker(model, format, true);
    expect(inWorker).toBe(renderModel(model, format, true));
    expect(inWorker.length).toBeGreaterThan(TOTAL * 50);
    await waitUntil(() => liveRenderWorkers() === 0);
  });

  it('exports through the worker with the same file as an in-process render, and leaves no worker behind', async () => {
    const progress: Array<[number, number]> = [];
    let sawWorker = false;
    const watch = setInterval(() => (sawWorker ||= liveRenderWorkers() > 0), 1);
    let file: ExportFile;
    let reference: string;
    // Only the clock is frozen (timers stay real), so both reads stamp the same generation time.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-02T10:00:00Z') });
    try {
      file = await renderExport(
        h.workbench.db,
        { scope: { kind: 'workbench' }, format: 'html' },
        { workbenchName: 'Worker', onProgress: (done, total) => progress.push([done, total]) },
      );
      reference = renderModel(buildReportModel(h.workbench.db, { kind: 'workbench' }, { workbenchName: 'Worker' }), 'html', false);
    } finally {
      clearInterval(watch);
      vi.useRealTimers();
    }
    expect(sawWorker).toBe(true);
    // From the start, through every hundredth of the claims as the worker renders them, to the end.
    expect(progress[0]).toEqual([0, TOTAL]);
    expect(progress.at(-1)).toEqual([TOTAL, TOTAL]);
    expect(progress.every(([, total]) => total === TOTAL)).toBe(true);
    const done = progress.map(([d]) => d);
    expect(done).toEqual([...done].sort((x, y) => x - y));
    expect(done.filter((d) => d > 0 && d < TOTAL).length).toBeGreaterThanOrEqual(90);
    expect(file.content).toBe(reference);
    expect(file.content).toContain('2 March 2026');
    await waitUntil(() => liveRenderWorkers() === 0);
  });

  it('keeps the host thread free while the worker renders', async () => {
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 1);
    try {
      await renderModelInWorker(model, 'html', false);
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThan(5);
  });

  it('terminates the worker when the export is cancelled', async () => {
    const controller = new AbortController();
    const exporting = renderExport(h.workbench.db, { scope: { kind: 'workbench' }, format: 'html' }, { signal: controller.signal });
    const outcome = exporting.then(
      () => 'finished',
      (error: { code?: string }) => error.code,
    );
    await waitUntil(() => liveRenderWorkers() > 0);
    controller.abort();
    expect(await outcome).toBe('cancelled');
    await waitUntil(() => liveRenderWorkers() === 0, 2_000);
  });

  it('refuses at once when cancelled before the worker starts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(renderModelInWorker(model, 'md', false, controller.signal)).rejects.toMatchObject({ code: 'cancelled' });
    expect(liveRenderWorkers()).toBe(0);
  });
});
