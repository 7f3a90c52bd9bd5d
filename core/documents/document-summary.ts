import type { DocumentDetail, DocumentSummary } from '../domain.js';

/** What a list shows of a document: everything but its text and the details only the reader needs. */
export function summaryOf(document: DocumentDetail): DocumentSummary {
  const {
    text: _text,
    url: _url,
    articleStart: _a,
    commentsStart: _c,
    photoCredits: _p,
    sourceFile: _s,
    sourceFormat: _f,
    ...summary
  } = document;
  return summary;
}
