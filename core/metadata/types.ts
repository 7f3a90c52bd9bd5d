import type { MetadataProvenance, TextDirection } from '../domain.js';

/** What the file itself declared (HTML meta tags, PDF/DOCX properties, Markdown front matter). */
export interface MetadataHints {
  title?: string;
  siteName?: string;
  byline?: string;
  url?: string;
  publishedTime?: string;
  /** When the file was saved from the web (an MHTML archive's Date:), ISO 8601; not a publication date. */
  savedAt?: string;
  lang?: string;
  fileName?: string;
}

/** A photo credit found in the text; start/end are UTF-16 offsets, text === text.slice(start, end). */
export interface PhotoCredit {
  text: string;
  start: number;
  end: number;
  agency: string | null;
  person: string | null;
}

export interface DetectedMetadata {
  title: string;
  outlet: string | null;
  author: string | null;
  photoCredits: PhotoCredit[];
  /** Calendar date as the outlet printed it, YYYY-MM-DD. */
  publishedAt: string | null;
  /** ISO 639-1 code. */
  language: string | null;
  direction: TextDirection;
  url: string | null;
  /**
   * UTF-16 offset where the article begins when a saved page puts its navigation and menus first,
   * or null when the article starts at the top.
   */
  articleStart: number | null;
  /** Where each value above came from; nothing is confirmed at detection. */
  provenance: MetadataProvenance;
}
