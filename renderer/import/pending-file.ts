import { belongsInFolderImport } from './importable-files.js';

/** A file waiting to be imported, with the path it is shown and sent under. */
export interface PendingFile {
  file: File;
  /** The name, or for a file found in a folder its path inside that folder ("reports/a.txt"). */
  path: string;
}

export interface CollectedFiles {
  files: PendingFile[];
  /** Files inside folders that were left out: hidden, or not a document format. */
  skipped: number;
}

/** Files the reviewer chose one by one: all of them are tried. */
export function chosenFiles(list: FileList | readonly File[]): CollectedFiles {
  return { files: Array.from(list, (file) => ({ file, path: file.name })), skipped: 0 };
}

/** The files of a folder chosen with the folder picker, which lists every file inside it. */
export function folderFiles(list: FileList | readonly File[]): CollectedFiles {
  const files: PendingFile[] = [];
  let skipped = 0;
  for (const file of Array.from(list)) {
    const path = file.webkitRelativePath || file.name;
    if (belongsInFolderImport(path)) files.push({ file, path });
    else skipped++;
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, skipped };
}
