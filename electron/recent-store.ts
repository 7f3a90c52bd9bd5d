import fs from 'node:fs';
import path from 'node:path';

import { parseRecentList, serializeRecentList } from './recent-workbenches.js';

export const RECENT_FILE_NAME = 'recent-workbenches.json';

export function loadRecentList(file: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  try {
    return parseRecentList(JSON.parse(text));
  } catch {
    return [];
  }
}

/** Written to a temporary file first so a crash mid-write never leaves half a list behind. */
export function saveRecentList(file: string, list: readonly string[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, serializeRecentList(list));
  fs.renameSync(temporary, file);
}
