import { describe, expect, it } from 'vitest';

import { belongsInFolderImport, IMPORT_ACCEPT, isHiddenPath, isImportableName } from '../../../../renderer/import/importable-files.js';

describe('which files an import takes', () => {
  it('takes the document formats the workbench reads, whatever the case of the extension', () => {
    for (const name of ['a.txt', 'b.MD', 'c.markdown', 'd.html', 'e.HTM', 'f.pdf', 'g.docx', 'h.mhtml', 'i.MHT']) {
      expect(isImportableName(name)).toBe(true);
    }
    for (const name of ['photo.jpg', 'sheet.xlsx', 'old.doc', 'README', 'archive.zip', 'txt']) {
      expect(isImportableName(name)).toBe(false);
    }
  });

  it('offers the same formats in the file chooser', () => {
    for (const extension of IMPORT_ACCEPT.split(',')) expect(isImportableName(`x${extension}`)).toBe(true);
  });

  it('leaves out hidden files and everything inside hidden folders when walking a folder', () => {
    expect(isHiddenPath('articles/.DS_Store')).toBe(true);
    expect(isHiddenPath('articles/.git/notes.txt')).toBe(true);
    expect(isHiddenPath('articles/2024/report.txt')).toBe(false);
    expect(belongsInFolderImport('articles/2024/report.txt')).toBe(true);
    expect(belongsInFolderImport('articles/.cache/report.txt')).toBe(false);
    expect(belongsInFolderImport('articles/cover.png')).toBe(false);
  });
});
