// Loads the annotated articles in test/fixtures/articles and scores detection against them.
// Annotations locate claims by a distinctive substring rather than offsets, so the fixtures stay
// editable by hand.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Suggestion } from '../../../../core/detection/types.js';

export const ARTICLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/articles');

export interface ExpectedAttribution {
  source: string;
  claimIncludes: string;
  hops: string[];
  kind: string;
  inComments?: boolean;
}

export interface Fixture {
  name: string;
  text: string;
  commentsStart: number | null;
  attributions: (ExpectedAttribution & { start: number; end: number })[];
  notAttributed: { phrase: string; start: number; end: number }[];
}

interface Annotation {
  commentsStartsAt: string | null;
  attributions: ExpectedAttribution[];
  notAttributed?: string[];
}

export function loadFixtures(): Fixture[] {
  return readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/u, '');
      const text = readFileSync(path.join(ARTICLES_DIR, file), 'utf8');
      const annotation = JSON.parse(readFileSync(path.join(ARTICLES_DIR, `${name}.expected.json`), 'utf8')) as Annotation;
      return {
        name,
        text,
        commentsStart: annotation.commentsStartsAt === null ? null : locate(text, annotation.commentsStartsAt, name).start,
        attributions: annotation.attributions.map((a) => ({ ...a, ...locate(text, a.claimIncludes, name) })),
        notAttributed: (annotation.notAttributed ?? []).flatMap((phrase) => occurrences(text, phrase, name)),
      };
    });
}

/** Every occurrence of a phrase that must not be proposed (headlines repeat in page chrome). */
function occurrences(text: string, phrase: string, fixture: string): { phrase: string; start: number; end: number }[] {
  const found: { phrase: string; start: number; end: number }[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    found.push({ phrase, start: at, end: at + phrase.length });
  }
  if (!found.length) throw new Error(`${fixture}: annotation text not found: ${JSON.stringify(phrase)}`);
  return found;
}

/** The unique occurrence of `needle`; an ambiguous or missing annotation is a fixture bug. */
function locate(text: string, needle: string, fixture: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`${fixture}: annotation text not found: ${JSON.stringify(needle)}`);
  if (text.indexOf(needle, start + 1) !== -1) {
    throw new Error(`${fixture}: annotation text occurs more than once: ${JSON.stringify(needle)}`);
  }
  return { start, end: start + needle.length };
}

/**
 * Names are compared as written but forgivingly: case, curly apostrophes and a leading article
 * do not matter, and a source may be named with or without the role written before the name
 * ("NLF spokesman Naji Mustafa" / "Naji Mustafa", "state news agency INA" / "INA") as long as
 * the shorter form is a name: two or more words, or one capitalised word.
 */
export function sameName(a: string, b: string): boolean {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (na === nb) return true;
  const [longer, shorter, shorterRaw] = na.length >= nb.length ? [na, nb, b] : [nb, na, a];
  const isName = shorter.split(' ').length >= 2 || /^\p{Lu}/u.test(shorterRaw.trim());
  return isName && longer.endsWith(` ${shorter}`);
}

function normalizeName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an) /u, '');
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  chainMatches: number;
  kindMatches: number;
  falsePositives: string[];
  falseNegatives: string[];
  chainMismatches: string[];
}

export function emptyScore(): Score {
  return { tp: 0, fp: 0, fn: 0, chainMatches: 0, kindMatches: 0, falsePositives: [], falseNegatives: [], chainMismatches: [] };
}

/** Matches suggestions to expected attributions one to one: same source, overlapping claim. */
export function scoreFixture(fixture: Fixture, suggestions: Suggestion[], includeComments: boolean, score: Score): void {
  const expected = fixture.attributions.filter((a) => includeComments || !a.inComments);
  const used = new Set<Suggestion>();
  for (const e of expected) {
    const match = suggestions.find((s) => !used.has(s) && sameName(s.source, e.source) && s.claim.start < e.end && e.start < s.claim.end);
    if (!match) {
      score.fn += 1;
      score.falseNegatives.push(`${fixture.name}: ${e.source} — ${e.claimIncludes}`);
      continue;
    }
    used.add(match);
    score.tp += 1;
    const chainOk = match.hops.length === e.hops.length && match.hops.every((h, i) => sameName(h.source, e.hops[i] as string));
    if (chainOk) score.chainMatches += 1;
    else {
      score.chainMismatches.push(`${fixture.name}: expected [${e.hops.join(' > ')}] got [${match.hops.map((h) => h.source).join(' > ')}]`);
    }
    if (match.kind === e.kind) score.kindMatches += 1;
    else score.chainMismatches.push(`${fixture.name}: ${e.claimIncludes} kind ${match.kind}, expected ${e.kind}`);
  }
  for (const s of suggestions) {
    if (used.has(s)) continue;
    score.fp += 1;
    score.falsePositives.push(`${fixture.name}: ${s.source} (${s.kind}) — ${s.claim.text.slice(0, 80)}`);
  }
}

export function ratios(score: Score): { precision: number; recall: number; chain: number; kind: number } {
  const precision = score.tp + score.fp === 0 ? 0 : score.tp / (score.tp + score.fp);
  const recall = score.tp + score.fn === 0 ? 0 : score.tp / (score.tp + score.fn);
  return {
    precision,
    recall,
    chain: score.tp === 0 ? 0 : score.chainMatches / score.tp,
    kind: score.tp === 0 ? 0 : score.kindMatches / score.tp,
  };
}
