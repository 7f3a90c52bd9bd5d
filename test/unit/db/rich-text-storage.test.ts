import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Claim } from '../../../core/domain.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

// Notes and rationales arrive as editor state from anyone who can call the API; what is stored is
// only what the editors write, so a record can never restyle or take over the window.

let h: ServiceHarness;
let claim: Claim;

const hostile = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        children: [
          { type: 'text', version: 1, text: 'VERDICT: TRUE', format: 1, style: 'position:fixed;inset:0;z-index:99999;background:#0a0' },
          { type: 'link', version: 1, url: 'javascript:alert(1)', children: [{ type: 'text', version: 1, text: ' see here' }] },
        ],
      },
    ],
  },
});

beforeEach(async () => {
  h = openServiceHarness();
  const documentId = await h.importText('A convoy was stopped at the border, the ministry said.');
  claim = await h.call<Claim>('claims.create', { documentId, start: 2, end: 8 });
});
afterEach(() => h.close());

describe('rich text as stored', () => {
  it('keeps the words and the bold of hostile notes, but no inline CSS and no script link', async () => {
    const saved = await h.call<Claim>('claims.update', {
      id: claim.id,
      patch: { notesJson: hostile, notesText: 'VERDICT: TRUE see here' },
    });
    expect(saved.notesJson).toContain('VERDICT: TRUE');
    expect(saved.notesJson).toContain('"format":1');
    expect(saved.notesJson).not.toMatch(/position|z-index|javascript/u);
  });

  it('does the same for a rationale', async () => {
    const saved = await h.call<Claim>('claims.setRationale', {
      id: claim.id,
      rationaleJson: hostile,
      rationaleText: 'VERDICT: TRUE see here',
    });
    expect(saved.rationaleJson).not.toMatch(/position|javascript/u);
    expect(saved.rationaleText).toBe('VERDICT: TRUE see here');
  });

  it('refuses notes that are JSON but not editor state, saying so', async () => {
    const error = await h.failure('claims.update', { id: claim.id, patch: { notesJson: '[1, 2]', notesText: 'x' } });
    expect(error).toMatchObject({
      code: 'invalid_arguments',
      message: 'The notes could not be saved: notesJson is not editor state (it needs a "root" object).',
    });
  });
});
