import fs from 'node:fs';
import path from 'node:path';

/** Extensions a folder import picks up; files named one by one are tried whatever their name. */
export const IMPORTABLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.mhtml', '.mht', '.pdf', '.docx'];

export interface CollectedFiles {
  files: string[];
  /** Paths that could not be read at all (missing, unreadable folders). */
  missing: { file: string; error: string }[];
}

/**
 * The files a list of paths stands for: files as given, folders walked recursively in name order,
 * skipping hidden entries and anything that is not a document. Symbolic links to folders are not
 * followed, so a link cycle cannot make an import run forever.
 */
export function collectFiles(paths: string[]): CollectedFiles {
  const files: string[] = [];
  const missing: CollectedFiles['missing'] = [];
  for (const given of paths) {
    const resolved = path.resolve(given);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(resolved);
    } catch {
      missing.push({ file: given, error: `${given} does not exist or cannot be read.` });
      continue;
    }
    if (stats.isDirectory()) walk(resolved, files, missing);
    else files.push(resolved);
  }
  return { files, missing };
}

function walk(dir: string, files: string[], missing: CollectedFiles['missing']): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    missing.push({ file: dir, error: `The folder ${dir} cannot be read.` });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, files, missing);
    else if (entry.isFile() && IMPORTABLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.push(full);
  }
}
