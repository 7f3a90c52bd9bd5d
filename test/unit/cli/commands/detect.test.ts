import fs from 'node:fs';

import { afterAll, describe, expect, it } from 'vitest';

import { openWorkbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { run } from '../support/run-captured.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

const ARTICLE = `Militants refuse to hand over weapons in Idlib

The National Liberation Front rejected the demilitarised zone agreement on Monday, AFP quoted NLF spokesman Naji Mustafa as saying.

The US military evacuated several ISIL commanders from Deir ez-Zor in recent weeks, Fars News Agency reported, citing Arab sources.

Observers expect the deadline to pass without a withdrawal.

Leave a Reply
Notify of
Name :
Email :

Concrete Mike
Reuters reported that the convoy was stopped at the border crossing.

jsmith_77
TASS said the patrols would resume on Friday.
`;

const article = temp.file('idlib.txt');
fs.writeFileSync(article, ARTICLE);

interface SuggestionJson {
  source: string;
  mention: { start: number; end: number; text: string };
  cue: { start: number; end: number; text: string } | null;
  kind: string;
  claim: { start: number; end: number; text: string };
  hops: { source: string; kind: string }[];
}

describe('claimtrace detect on files', () => {
  it('prints suggestions as JSON with offsets into the normalised text', async () => {
    const result = await run(['detect', '--json', article]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as { file: string; suggestions: SuggestionJson[] }[];
    expect(report).toHaveLength(1);
    expect(Object.keys(report[0]!).sort()).toEqual(['file', 'suggestions']);
    expect(report[0]!.file).toBe(article);
    const { suggestions } = report[0]!;
    for (const suggestion of suggestions) {
      expect(Object.keys(suggestion).sort()).toEqual(['claim', 'cue', 'hops', 'kind', 'mention', 'source']);
      for (const hop of suggestion.hops) expect(Object.keys(hop).sort()).toEqual(['kind', 'source']);
      // This file is already in normal form, so its offsets are file offsets too.
      for (const span of [suggestion.mention, suggestion.claim, ...(suggestion.cue ? [suggestion.cue] : [])]) {
        expect(ARTICLE.slice(span.start, span.end)).toBe(span.text);
      }
    }
    const afp = suggestions.find((s) => s.source === 'AFP')!;
    expect(afp.mention.text).toBe('AFP');
    expect(afp.cue?.text).toBe('quoted');
    expect(afp.claim.text).toBe('The National Liberation Front rejected the demilitarised zone agreement on Monday');
    expect(afp.hops.map((hop) => hop.source)).toEqual(['AFP', 'Naji Mustafa']);
    const fars = suggestions.find((s) => s.source === 'Fars')!;
    expect(fars.mention.text).toBe('Fars News Agency');
    expect(fars.hops.map((hop) => hop.source)).toEqual(['Fars', 'Arab sources']);
    expect(suggestions.some((s) => s.source === 'Reuters' || s.source === 'TASS')).toBe(false);
  });

  it('reads the reader comments too with --include-comments', async () => {
    const result = await run(['detect', '--json', '--include-comments', article]);
    const sources = (JSON.parse(result.out) as { suggestions: SuggestionJson[] }[])[0]!.suggestions.map((s) => s.source);
    expect(sources).toEqual(expect.arrayContaining(['AFP', 'Fars', 'Reuters', 'TASS']));
  });

  it('prints a readable listing without --json', async () => {
    const result = await run(['detect', article]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`${article}: 2 suggestions`);
    expect(result.out).toContain('AFP → Naji Mustafa');
    // Hop kinds in the words the app and the reports use, not their stored keys.
    expect(result.out).toMatch(/ (Quote|Paraphrase|Citing|Credit|Link) \(quoted\) {2}AFP → Naji Mustafa/u);
    expect(result.out).toContain('"The National Liberation Front rejected the demilitarised zone agreement on Monday"');
  });

  it('explains offsets in its help and refuses bad invocations', async () => {
    const help = await run(['detect', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/UTF-16 code units/);
    expect(help.out).toMatch(/normalised/);
    expect((await run(['detect'])).code).toBe(2);
    expect((await run(['detect', '--accept', article])).code).toBe(2);
    const missing = await run(['detect', '--json', temp.file('nowhere.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nowhere.txt');
    const refused = await run(['detect', '--workbench', temp.file('absent.claimtrace'), '--accept']);
    expect(refused.code).toBe(1);
    expect(fs.existsSync(temp.file('absent.claimtrace'))).toBe(false);
  });
});

describe('claimtrace detect --workbench --accept', () => {
  it('turns suggestions into claims for every document and skips them the second time', async () => {
    const file = temp.file('desk.claimtrace');
    expect((await run(['import', '--workbench', file, '--json', article])).code).toBe(0);

    const listing = await run(['detect', '--workbench', file, '--json']);
    const listed = JSON.parse(listing.out) as { title: string; suggestions: SuggestionJson[] }[];
    expect(listed[0]!.suggestions.map((s) => s.source)).toEqual(['AFP', 'Fars']);

    const first = await run(['detect', '--workbench', file, '--accept']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Militants refuse to hand over weapons in Idlib: 2 claims added');

    const workbench = openWorkbench(file, { readonly: true });
    const claims = workbench.db.prepare(`SELECT claimant, origin FROM claims ORDER BY start_offset`).all() as {
      claimant: string;
      origin: string;
    }[];
    workbench.close();
    expect(claims).toEqual([
      { claimant: 'Naji Mustafa', origin: 'detected' },
      { claimant: 'Arab sources', origin: 'detected' },
    ]);

    const again = await run(['detect', '--workbench', file, '--accept', '--json']);
    expect(JSON.parse(again.out)).toEqual([
      expect.objectContaining({ title: 'Militants refuse to hand over weapons in Idlib', accepted: 0 }),
    ]);
  });
});
