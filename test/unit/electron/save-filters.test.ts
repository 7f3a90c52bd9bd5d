import { describe, expect, it } from 'vitest';

import { saveFiltersFor } from '../../../electron/save-filters.js';

describe('save dialog filters', () => {
  it('shows the export’s own format first and still allows any other name', () => {
    expect(saveFiltersFor('claimtrace-report-idlib.html')).toEqual([
      { name: 'HTML Report', extensions: ['html', 'htm'] },
      { name: 'All Files', extensions: ['*'] },
    ]);
    expect(saveFiltersFor('claims.csv')[0]).toEqual({ name: 'CSV Spreadsheet', extensions: ['csv'] });
    expect(saveFiltersFor('report.md')[0]).toEqual({ name: 'Markdown', extensions: ['md'] });
    expect(saveFiltersFor('bundle.json')[0]).toEqual({ name: 'JSON', extensions: ['json'] });
    expect(saveFiltersFor('claimreview.JSONLD')[0]!.extensions).toEqual(['jsonld']);
  });

  it('offers only PDF for a PDF', () => {
    expect(saveFiltersFor('report.pdf')).toEqual([{ name: 'PDF Document', extensions: ['pdf'] }]);
  });

  it('falls back to all files for a format it does not know', () => {
    expect(saveFiltersFor('notes.txt')).toEqual([{ name: 'All Files', extensions: ['*'] }]);
    expect(saveFiltersFor('notes')).toEqual([{ name: 'All Files', extensions: ['*'] }]);
  });
});
