import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Claim } from '../../../core/domain.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

// Failures of the disk or the file reach the reviewer as what they mean and what to do, never as
// SQLite's wording, and the change they interrupted leaves nothing half-done.

let h: ServiceHarness;
let documentId: string;
beforeEach(async () => {
  h = openServiceHarness();
  documentId = await h.importText('A convoy was stopped at the border, the ministry said.');
});
afterEach(() => h.close());

describe('a workbench whose disk refuses', () => {
  it('answers a full disk with a storage error and keeps the workbench as it was', async () => {
    const { db } = h.workbench;
    // The file may not grow past the pages it has: once its free pages are used, a write meets a full disk.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let saved = 0;
    let error: Awaited<ReturnType<ServiceHarness['failure']>> | null = null;
    for (let i = 0; i < 200 && !error; i += 1) {
      const args = { documentId, start: 2, end: 8, statement: `${i} ${'x'.repeat(9000)}` };
      try {
        await h.call('claims.create', args);
        saved += 1;
      } catch {
        error = await h.failure('claims.create', args);
      }
    }
    expect(error).toEqual({
      code: 'storage',
      message: 'The disk is full, so the change was not saved. Free some space and try again; nothing was lost.',
    });
    db.pragma('max_page_count = 1073741823');
    expect((await h.call<Claim[]>('claims.list', { documentId })).length).toBe(saved);
  });

  it('answers a read-only workbench with a storage error that says what to do', async () => {
    h.workbench.db.pragma('query_only = ON');
    const error = await h.failure('claims.create', { documentId, start: 2, end: 8 });
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/read-only/u);
    expect(error.message).not.toMatch(/SQLITE|attempt to write/u);
  });
});
