import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { normaliseText } from '../../../../core/text/normalise.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { run } from '../support/run-captured.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

// A saved page with a glossary box above the headline; one glossary definition credits Fars.
const PAGE = fs.readFileSync(fileURLToPath(new URL('../../../fixtures/article-start/levant-glossary-page.txt', import.meta.url)), 'utf8');
const page = temp.file('levant.txt');
fs.writeFileSync(page, PAGE);
// Offsets are into the stored, normalised text (the page has a double space in a menu line).
const STORED = normaliseText(PAGE);

describe('saved pages with navigation before the article', () => {
  it('import --json reports where the article starts, next to where the comments start', async () => {
    const result = await run(['import', '--workbench', temp.file('pages.claimtrace'), '--json', page]);
    expect(result.code).toBe(0);
    const [document] = JSON.parse(result.out).imported as { articleStart: number | null; commentsStart: number | null; length: number }[];
    expect(document!.articleStart).toBe(STORED.indexOf('Wednesday 17 October 2018'));
    expect(document!.commentsStart).toBeNull();
  });

  it('detect skips the page furniture, with or without reader comments', async () => {
    for (const flags of [[], ['--include-comments']]) {
      const result = await run(['detect', '--json', ...flags, page]);
      expect(result.code).toBe(0);
      const [report] = JSON.parse(result.out) as { suggestions: { source: string; claim: { start: number } }[] }[];
      const sources = report!.suggestions.map((s) => s.source);
      expect(sources).toContain('United Nations');
      expect(sources).not.toContain('Fars');
      for (const suggestion of report!.suggestions) expect(suggestion.claim.start).toBeGreaterThanOrEqual(STORED.indexOf('Wednesday 17'));
    }
  });
});
