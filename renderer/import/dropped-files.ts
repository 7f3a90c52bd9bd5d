// What was dropped on the window: files, folders or both. Folders are walked through the entries
// API the same way a folder import on disk is walked: recursively, in name order, without hidden
// files and keeping only document formats.
import { isHiddenPath } from './importable-files.js';
import { belongsInFolderImport } from './importable-files.js';
import type { CollectedFiles, PendingFile } from './pending-file.js';

/**
 * Reads the drop. The items must be taken while the drop event is being handled (the browser
 * empties the DataTransfer afterwards), which this does before its first await.
 */
export function collectDroppedFiles(data: DataTransfer): Promise<CollectedFiles> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) {
      entries.push(entry);
      continue;
    }
    const file = item.getAsFile();
    if (file) loose.push(file);
  }
  if (data.items.length === 0) loose.push(...Array.from(data.files));
  return readEntries(entries, loose);
}

async function readEntries(entries: FileSystemEntry[], loose: File[]): Promise<CollectedFiles> {
  const collected: CollectedFiles = { files: loose.map((file) => ({ file, path: file.name })), skipped: 0 };
  for (const entry of entries) {
    if (isFileEntry(entry)) {
      // A file dropped by itself is tried whatever its name, like one chosen in the file chooser.
      const file = await fileOf(entry);
      if (file) collected.files.push({ file, path: file.name });
    } else if (isDirectoryEntry(entry)) {
      await walkDirectory(entry, entry.name, collected);
    }
  }
  return collected;
}

async function walkDirectory(directory: FileSystemDirectoryEntry, path: string, into: CollectedFiles): Promise<void> {
  const children = (await listDirectory(directory)).sort((a, b) => a.name.localeCompare(b.name));
  for (const child of children) {
    const childPath = `${path}/${child.name}`;
    if (isDirectoryEntry(child)) {
      if (isHiddenPath(child.name)) continue;
      await walkDirectory(child, childPath, into);
    } else if (isFileEntry(child)) {
      if (!belongsInFolderImport(childPath)) {
        into.skipped++;
        continue;
      }
      const file = await fileOf(child);
      if (file) into.files.push({ file, path: childPath } satisfies PendingFile);
      else into.skipped++;
    }
  }
}

/** readEntries answers in batches (100 at a time in Chromium) until it answers with none. */
async function listDirectory(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File | null> {
  return new Promise((resolve) => entry.file(resolve, () => resolve(null)));
}

function isFileEntry(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectoryEntry(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
