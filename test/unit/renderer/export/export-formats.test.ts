import { describe, expect, it } from 'vitest';

import { EXPORT_FORMATS, exportsMethods } from '../../../../core/api/exports.js';
import {
  EXPORT_FORMAT_OPTIONS,
  isExportChoice,
  offersHistory,
  pdfFileName,
  publishesClaimReview,
  renderedFormat,
} from '../../../../renderer/export/export-formats.js';

const renderArgs = exportsMethods['exports.render'].args;

describe('the export formats offered', () => {
  it('offers every format the service renders, plus PDF, each once', () => {
    const choices = EXPORT_FORMAT_OPTIONS.map((option) => option.choice);
    expect(new Set(choices).size).toBe(choices.length);
    expect(choices.filter((choice) => choice !== 'pdf').sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(choices).toContain('pdf');
  });

  it('asks the service for something it accepts for every choice, PDF being the HTML report', () => {
    for (const { choice } of EXPORT_FORMAT_OPTIONS) {
      const args = { scope: { kind: 'workbench' }, format: renderedFormat(choice) };
      expect(renderArgs.safeParse(args).success, choice).toBe(true);
    }
    expect(renderedFormat('pdf')).toBe('html');
    expect(renderedFormat('csv')).toBe('csv');
  });

  it('offers the audit history for reports and asks ClaimReview formats for their settings', () => {
    expect(EXPORT_FORMAT_OPTIONS.filter((o) => offersHistory(o.choice)).map((o) => o.choice)).toEqual(['html', 'pdf', 'md']);
    expect(EXPORT_FORMAT_OPTIONS.filter((o) => publishesClaimReview(o.choice)).map((o) => o.choice)).toEqual([
      'claimreview',
      'claimreview-script',
    ]);
    expect(isExportChoice('pdf')).toBe(true);
    expect(isExportChoice('claimreview-script')).toBe(true);
    expect(isExportChoice('docx')).toBe(false);
  });

  it('names a PDF after the HTML report it is printed from', () => {
    expect(pdfFileName('claimtrace-report-idlib-2026-11-22.html')).toBe('claimtrace-report-idlib-2026-11-22.pdf');
    expect(pdfFileName('report.HTM')).toBe('report.pdf');
    expect(pdfFileName('report')).toBe('report.pdf');
  });
});
