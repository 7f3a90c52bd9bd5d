// The words for the domain's vocabularies (statuses, hop kinds, stances, source and evidence kinds)
// live once, in core/vocabulary, so the app, the reports and the command line cannot drift apart.
// A word map for one of them declared anywhere else fails here, naming the file.
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const SOURCE_FOLDERS = ['core', 'renderer', 'cli', 'db', 'server', 'electron', 'ingest'];
const HOME = path.join('core', 'vocabulary');
const VOCABULARIES = ['ClaimStatus', 'HopKind', 'CueStance', 'EvidenceStance', 'EvidenceKind', 'SourceKind'];
// A map from a vocabulary to words. Maps to other things (colours, tones, counts) are not words.
const WORD_MAP = new RegExp(`\\b[A-Z_]*(LABEL|NOUN|HINT|WORD|NAME)S?[A-Z_]*\\s*:\\s*Record<(${VOCABULARIES.join('|')}),\\s*string>`, 'u');

function sourceFiles(folder: string): string[] {
  const full = path.join(root, folder);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/u.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

describe('vocabulary homes', () => {
  it('keeps every word map of a domain vocabulary in core/vocabulary', () => {
    const files = SOURCE_FOLDERS.flatMap(sourceFiles);
    expect(files.some((file) => file.startsWith(HOME))).toBe(true);
    const strays = files.filter((file) => !file.startsWith(HOME) && WORD_MAP.test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(strays).toEqual([]);
  });
});
