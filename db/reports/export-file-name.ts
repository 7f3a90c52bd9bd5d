import type { ExportFormat } from '../../core/api/exports.js';

interface FormatInfo {
  mediaType: string;
  /** What the file is, as the first word of its name. */
  kind: string;
  extension: string;
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  html: { mediaType: 'text/html; charset=utf-8', kind: 'report', extension: '.html' },
  md: { mediaType: 'text/markdown; charset=utf-8', kind: 'report', extension: '.md' },
  csv: { mediaType: 'text/csv; charset=utf-8', kind: 'claims', extension: '.csv' },
  claimreview: { mediaType: 'application/ld+json', kind: 'claimreview', extension: '.jsonld' },
  // An HTML fragment (the <script> blocks) for the publishing pages, not a page of its own.
  'claimreview-script': { mediaType: 'text/html; charset=utf-8', kind: 'claimreview-script', extension: '.html' },
  webannotation: {
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    kind: 'annotations',
    extension: '.jsonld',
  },
  json: { mediaType: 'application/json', kind: 'bundle', extension: '.json' },
};

const MAX_SLUG_LENGTH = 60;

/**
 * "claimtrace-report-militants-refuse-to-hand-over-weapons-2026-11-22.html": ASCII letters,
 * digits and hyphens only, so the name is safe on every file system and in every mail client.
 * A title with no Latin letters (Persian, Russian) falls back to what the export covers.
 */
export function exportFileName(format: ExportFormat, title: string, fallback: string, at: string): string {
  const info = EXPORT_FORMAT_INFO[format];
  const slug = slugify(title) || slugify(fallback) || 'export';
  return `claimtrace-${info.kind}-${slug}-${at.slice(0, 10)}${info.extension}`;
}

export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_SLUG_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/u, '');
}
