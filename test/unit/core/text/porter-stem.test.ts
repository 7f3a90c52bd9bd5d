import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

import { foldText } from '../../../../core/text/fold-search.js';
import { porterStem } from '../../../../core/text/porter-stem.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** The stems SQLite's own porter tokenizer gives, one word per row. */
function sqliteStems(words: string[]): Map<string, string> {
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'porter unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE v USING fts5vocab (t, 'instance');`);
    const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
    db.transaction(() => words.forEach((word, i) => insert.run(i + 1, word)))();
    const stems = new Map<string, string>();
    for (const row of db.prepare('SELECT doc, term FROM v').iterate() as Iterable<{ doc: number; term: string }>) {
      stems.set(words[row.doc - 1]!, row.term);
    }
    return stems;
  } finally {
    db.close();
  }
}

function fixtureWords(): string[] {
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(txt|html?)$/u.test(entry.name))
        for (const word of foldText(fs.readFileSync(full, 'utf8')).match(/[\p{L}\p{N}]+/gu) ?? []) words.add(word);
    }
  };
  walk(FIXTURES);
  return [...words];
}

describe('porterStem', () => {
  it('reduces inflections of an English word to one stem', () => {
    for (const word of ['reports', 'reported', 'reporting', 'report']) expect(porterStem(word), word).toBe('report');
    for (const word of ['travelled', 'traveled', 'travelling', 'traveller']) expect(porterStem(word), word).toBe('travel');
    expect(porterStem('hoping')).toBe('hope');
    expect(porterStem('happy')).toBe('happi');
  });

  it('leaves short tokens and words in other scripts as they are', () => {
    for (const word of ['un', 'is', 'путин', 'говорит', 'الرئيس', 'قال', '東京']) expect(porterStem(word), word).toBe(word);
    expect(porterStem('x'.repeat(65) + 'ing')).toBe('x'.repeat(65) + 'ing');
  });

  it('gives the stem SQLite gives, for every word of the fixtures with every common ending', () => {
    const endings = [
      '',
      's',
      'es',
      'ed',
      'ing',
      'ly',
      'ness',
      'ational',
      'ization',
      'ibility',
      'ically',
      'ency',
      'ies',
      'ement',
      'ful',
      'ative',
      'alize',
      'y',
      'e',
      'll',
    ];
    const words = [...new Set(fixtureWords().flatMap((word) => endings.map((ending) => word + ending)))];
    expect(words.length).toBeGreaterThan(20_000);
    const expected = sqliteStems(words);
    const wrong = words.filter((word) => expected.has(word) && porterStem(word) !== expected.get(word));
    expect(wrong.map((word) => `${word}: ${porterStem(word)} ≠ ${expected.get(word)}`)).toEqual([]);
    // Every word starts with all of its stem but the last letter, which is what finding matches
    // in a text relies on (see search-pattern).
    const diverging = words.filter((word) => {
      const stem = porterStem(word);
      return !word.startsWith(stem.slice(0, Math.max(1, stem.length - 1)));
    });
    expect(diverging).toEqual([]);
  });
});
