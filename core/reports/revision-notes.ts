// "Changed after publication": what a report says beside a claim whose quoted words a later version
// of the article reworded, took out or moved. Readers of a fact-check are owed this: the claim was
// checked against words the outlet later changed without saying so. The date is when the newer
// version was imported into the workbench, the first the desk knew of the change.
import type { ClaimRevision } from '../documents/revisions.js';
import { formatDate } from './dates.js';

export const REVISION_NOTE_LABEL = 'Changed after publication';

/** How a format writes the parts of a note: the quoted wordings and the words around them. */
export interface NoteWriter {
  quote: (words: string) => string;
  text: (words: string) => string;
}

const PLAIN: NoteWriter = { quote: (words) => `“${words}”`, text: (words) => words };

/** The revisions of a claim in the order they happened. */
export function inVersionOrder(revisions: readonly ClaimRevision[] | undefined): ClaimRevision[] {
  return [...(revisions ?? [])].sort((a, b) => a.version - b.version);
}

/** What happened, after the label: "on 3 March 2024 the article’s wording went from “…” to “…”." */
export function revisionDetail(revision: ClaimRevision, writer: NoteWriter = PLAIN): string {
  const { quote, text } = writer;
  const when = text(`on ${formatDate(revision.importedAt)} the article’s wording `);
  switch (revision.kind) {
    case 'changed':
      return `${when}${text('went from ')}${quote(revision.oldQuote)}${text(' to ')}${quote(revision.newQuote ?? '')}${text('.')}`;
    case 'vanished':
      return `${when}${quote(revision.oldQuote)}${text(' was taken out.')}`;
    case 'moved':
      return `${when}${quote(revision.oldQuote)}${text(' was moved to another part of the article.')}`;
  }
}

/** Each revision as a plain sentence starting with the label, oldest first. */
export function revisionNotes(revisions: readonly ClaimRevision[] | undefined): string[] {
  return inVersionOrder(revisions).map((revision) => `${REVISION_NOTE_LABEL}: ${revisionDetail(revision)}`);
}
