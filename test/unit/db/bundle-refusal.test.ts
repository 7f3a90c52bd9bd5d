import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../core/api/exports.js';
import { type Bundle, BUNDLE_VERSION } from '../../../core/bundle/format.js';
import { buildExportFixture, type ExportFixture } from './export-fixture.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

// A bundle from a newer app, a file that is not a bundle and a damaged bundle are refused with
// a message that says which, and the workbench they were meant for is left exactly as it was.

let source: ServiceHarness;
let target: ServiceHarness;
let f: ExportFixture;
let bundle: Bundle;
let targetBefore: string;

async function exportText(h: ServiceHarness): Promise<string> {
  return (await h.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'json' })).content;
}

/** The target's whole content, without the export time that differs on every export. */
async function snapshot(h: ServiceHarness): Promise<string> {
  const { exportedAt: _at, ...rest } = JSON.parse(await exportText(h)) as Bundle;
  return JSON.stringify(rest);
}

beforeAll(async () => {
  source = openServiceHarness('Desk');
  f = await buildExportFixture(source);
  bundle = JSON.parse(await exportText(source)) as Bundle;
  target = openServiceHarness('Target');
  await target.importText('An article the target workbench already had\n\nSomething happened, a witness told AFP.');
  targetBefore = await snapshot(target);
});
afterAll(() => {
  source.close();
  target.close();
});

const variant = (change: (copy: Record<string, any>) => void): string => {
  const copy = structuredClone(bundle) as unknown as Record<string, any>;
  change(copy);
  return JSON.stringify(copy);
};

describe('bundles that cannot be merged', () => {
  it('refuses a bundle from a newer version of the app and says to update', async () => {
    const error = await target.failure('bundles.import', { json: variant((b) => (b.version = BUNDLE_VERSION + 1)) });
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(new RegExp(`newer version of Claimtrace.*bundle version ${BUNDLE_VERSION + 1}.*Update Claimtrace`));
    expect(await snapshot(target)).toBe(targetBefore);
  });

  it('refuses a file in another format', async () => {
    const error = await target.failure('bundles.import', { json: JSON.stringify({ '@context': 'https://schema.org', format: 'other' }) });
    expect(error.code).toBe('unsupported');
    expect(error.message).toContain('not a Claimtrace bundle');
    const notJson = await target.failure('bundles.import', { dataBase64: Buffer.from('<html></html>').toString('base64') });
    expect(notJson.message).toMatch(/not a Claimtrace bundle: it is not JSON/);
    expect(await snapshot(target)).toBe(targetBefore);
  });

  it('lists the first problems of a damaged bundle', async () => {
    const error = await target.failure('bundles.import', {
      json: variant((b) => {
        b.claims[0].status = 'approved';
        b.hops[0].sourceId = '11111111-2222-4333-8444-555555555555';
        delete b.documents[1].text;
      }),
    });
    expect(error.code).toBe('invalid_arguments');
    expect(error.message).toMatch(/^The bundle is damaged and was not imported\./);
    expect(error.message).toContain('claims.0.status');
    expect(error.message).toContain('documents.1.text');
    expect(await snapshot(target)).toBe(targetBefore);

    // A bundle whose rows are all well formed but point at rows it does not hold.
    const dangling = await target.failure('bundles.import', {
      json: variant((b) => (b.hops[0].sourceId = '11111111-2222-4333-8444-555555555555')),
    });
    expect(dangling.message).toContain('hops.0.sourceId: points at 11111111-2222-4333-8444-555555555555');
  });

  it('merges nothing when it fails half-way', async () => {
    // Files merge first; the second file's bytes do not match its checksum, so the failure comes
    // after the first file has been written and must take it back.
    const broken = variant((b) => {
      const first = b.files[0];
      b.files.push({ ...first, id: '22222222-3333-4444-8555-666666666666', sha256: 'f'.repeat(64) });
    });
    const error = await target.failure('bundles.import', { json: broken });
    expect(error.message).toMatch(/does not match its checksum/);
    expect(await snapshot(target)).toBe(targetBefore);
  });

  it('refuses what the interface could not show: a null photo credit, a colour that is not one', async () => {
    const error = await target.failure('bundles.import', {
      json: variant((b) => {
        b.documents[0].photoCredits = [null];
        b.ratings[0].color = 'red; position: fixed; inset: 0';
      }),
    });
    expect(error.code).toBe('invalid_arguments');
    expect(error.message).toContain('documents.0.photoCredits.0');
    expect(error.message).toContain('ratings.0.color: must be a colour written #rrggbb');
    expect(await snapshot(target)).toBe(targetBefore);
  });

  it('refuses base64 that is not base64', async () => {
    const error = await target.failure('bundles.import', { dataBase64: 'not base64!' });
    expect(error.message).toMatch(/not valid base64/);
  });

  it('still merges the untouched bundle afterwards', async () => {
    await target.call('bundles.import', { json: JSON.stringify(bundle) });
    const claims = (JSON.parse(await exportText(target)) as Bundle).claims.map((c) => c.id);
    expect(claims).toContain(f.claims.nlf.id);
  });
});
