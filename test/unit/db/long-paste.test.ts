import { afterAll, describe, expect, it } from 'vitest';

import type { DocumentDetail, ImportOutcome } from '../../../core/domain.js';
import { stopExtractionWorker } from '../../../ingest/worker/extract-in-worker.js';
import { openServiceHarness } from './support/service-harness.js';

const h = openServiceHarness();
afterAll(async () => {
  h.close();
  await stopExtractionWorker();
});

describe('a long paste', () => {
  it('is read and prepared in the extraction worker, off the host, and keeps the title it was given', async () => {
    const text = `Convoy held at the border\n\n${'The ministry said the convoy waited overnight, a witness told Reuters. '.repeat(5000)}`;
    expect(text.length).toBeGreaterThan(256 * 1024);
    const outcome = await h.call<ImportOutcome>('documents.importText', { text, title: 'Long wire copy' });
    expect(outcome).toMatchObject({ status: 'imported', document: { title: 'Long wire copy' } });
    if (outcome.status !== 'imported') return;
    const doc = await h.call<DocumentDetail>('documents.get', { id: outcome.document.id });
    expect(doc.text.startsWith('Convoy held at the border')).toBe(true);
    expect(doc.text.length).toBeGreaterThan(256 * 1024);
  });
});
