import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { detectCommentsStart } from '../../../../core/comments/index.js';
import { detectArticleStart, detectMetadata } from '../../../../core/metadata/index.js';
import { normaliseText } from '../../../../core/text/normalise.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

interface Case {
  name: string;
  text: string;
  /** Where the article should start, or null when nothing may be cut. */
  expected: number | null;
}

function read(folder: string, file: string): string {
  return normaliseText(readFileSync(path.join(FIXTURES, folder, file), 'utf8'));
}

function located(text: string, startsAt: string | null, name: string): number | null {
  if (startsAt === null) return null;
  const at = text.indexOf(startsAt);
  if (at === -1) throw new Error(`${name}: "${startsAt}" is not in the text`);
  return at;
}

/** The fixtures written for this detector, each with its expectation. */
function articleStartCases(): Case[] {
  return readdirSync(path.join(FIXTURES, 'article-start'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const text = read('article-start', file);
      const { articleStartsAt } = JSON.parse(readFileSync(path.join(FIXTURES, 'article-start', `${name}.expected.json`), 'utf8')) as {
        articleStartsAt: string | null;
      };
      return { name, text, expected: located(text, articleStartsAt, name) };
    });
}

// The other article fixtures of the repository: two are saved pages with a glossary box and menus
// above the headline, every other one starts with its article.
const FURNISHED: Record<string, string> = {
  'articles/idlib-front-rejects-russian-patrols.txt': 'Militants Reject Russian Patrols in Idlib Buffer Zone\n\nTuesday',
  'import/meridian-header-article.txt': 'Rebel Factions Reject Ankara-Moscow Plan for Northern Hama\n\nTuesday',
};

function otherCases(): Case[] {
  return ['articles', 'import', 'e2e'].flatMap((folder) =>
    readdirSync(path.join(FIXTURES, folder))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => {
        const name = `${folder}/${file}`;
        const text = read(folder, file);
        return { name, text, expected: located(text, FURNISHED[name] ?? null, name) };
      }),
  );
}

const cases = [...articleStartCases(), ...otherCases()];

describe('detectArticleStart on saved pages', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { text, expected }) => {
    expect(detectArticleStart(text)).toBe(expected);
  });

  it('finds every furnished page and cuts nothing elsewhere (precision and recall 1 on these fixtures)', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let missed = 0;
    for (const { text, expected } of cases) {
      const found = detectArticleStart(text);
      if (found !== null && found === expected) truePositives++;
      else if (found !== null) falsePositives++;
      else if (expected !== null) missed++;
    }
    expect(truePositives).toBeGreaterThanOrEqual(5);
    expect({ falsePositives, missed }).toEqual({ falsePositives: 0, missed: 0 });
  });
});

describe('where the article starts', () => {
  const levant = read('article-start', 'levant-glossary-page.txt');

  it('keeps the date printed above the headline with the article and hides the glossary and menus', () => {
    const start = detectArticleStart(levant)!;
    expect(levant.slice(start)).toMatch(/^Wednesday 17 October 2018\nGovernment Forces Reopen Damascus-Amman Highway/);
    const furniture = levant.slice(0, start);
    expect(furniture).toContain('Muslim Brotherhood');
    expect(furniture).toContain('Latest Battlefield Developments in Syria');
    expect(furniture).not.toContain('Government Forces Reopen');
  });

  it('starts at the first of a headline printed above and below its date', () => {
    const text = read('import', 'meridian-header-article.txt');
    const start = detectArticleStart(text)!;
    expect(text.slice(start)).toMatch(
      /^Rebel Factions Reject Ankara-Moscow Plan for Northern Hama\n\nTuesday 9 October 2018\nRebel Factions/,
    );
  });

  it('starts at a line beginning, before the body and before the comments', () => {
    for (const { name, text } of cases) {
      const start = detectArticleStart(text);
      if (start === null) continue;
      expect(start === 0 || text[start - 1] === '\n', name).toBe(true);
      const comments = detectCommentsStart(text);
      if (comments !== null) expect(start, name).toBeLessThan(comments);
      // No paragraph of prose is hidden: everything above is short lines or glossary definitions.
      const longLines = text
        .slice(0, start)
        .split('\n')
        .filter((line) => line.split(/\s+/).length >= 25);
      expect(longLines, name).toEqual([]);
    }
  });

  it('is what metadata detection reports on import', () => {
    expect(detectMetadata(levant).articleStart).toBe(detectArticleStart(levant));
    expect(detectMetadata(read('article-start', 'kicker-exclusive.txt')).articleStart).toBeNull();
  });

  it('does not cut a short menu, a kicker or a section label above the headline', () => {
    const body = [
      'Commanders of two militias met Turkish officers twice in the week before the offensive, three people who attended told reporters.',
      'The meetings took place in Gaziantep and in a village near the border, the people said on condition of anonymity.',
    ].join('\n\n');
    const headline = 'Militia commanders met Turkish officers before the offensive';
    expect(detectArticleStart(`EXCLUSIVE\n\n${headline}\n\n14 February 2019\n\n${body}`)).toBeNull();
    expect(detectArticleStart(`Home | World | Politics\n\nWorld\n\n${headline}\n\n14 February 2019\n\n${body}`)).toBeNull();
    expect(detectArticleStart(`${headline}\n\n14 February 2019\n\n${body}`)).toBeNull();
  });

  it('does not cut when a sentence stands between the menus and the headline', () => {
    const menus = 'Home\n\nWorld\n\nPolitics\n\nMost Read\n\nSearch\n\nSubscribe';
    const body =
      'The ministry said on Tuesday that the new customs rules would take effect next month, after weeks of delays and complaints from traders.\n\n' +
      'A ministry spokesman told reporters that the delays were caused by software problems rather than by any change of policy.';
    const headline = 'Port customs rules delayed again as traders complain';
    expect(detectArticleStart(`${menus}\n\n${headline}\n\n12 March 2019\n\n${body}`)).not.toBeNull();
    expect(
      detectArticleStart(`${menus}\n\nThe rules were first announced in January.\n\n${headline}\n\n12 March 2019\n\n${body}`),
    ).toBeNull();
  });

  it('finds nothing in an empty text or a text of menus alone', () => {
    expect(detectArticleStart('')).toBeNull();
    expect(detectArticleStart('Home\n\nWorld\n\nPolitics\n\nSearch')).toBeNull();
  });
});
