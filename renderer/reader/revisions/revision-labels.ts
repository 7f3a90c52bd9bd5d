// How the reader words versions and what they did to claims: plain words, never internal names.
import type { DocumentVersion, RevisionKind } from '../../../core/documents/revisions.js';
import { formatDate } from '../../format.js';

export const REVISION_KIND_LABELS: Record<RevisionKind, string> = {
  changed: 'Reworded',
  vanished: 'Taken out',
  moved: 'Moved',
};

/** What happened, as the start of a sentence about a version: "Reworded in version 2". */
export function revisionSentence(kind: RevisionKind, version: number): string {
  return `${REVISION_KIND_LABELS[kind]} in version ${version}`;
}

/** "Version 2 · 5 Mar 2024 · idlib-corrected.txt" for a version picker. */
export function versionLabel(version: DocumentVersion): string {
  const parts = [`Version ${version.number}`, formatDate(version.importedAt)];
  if (version.sourceFile) parts.push(version.sourceFile);
  return parts.join(' · ');
}
