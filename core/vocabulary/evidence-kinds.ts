// The words for each kind of evidence, in the verification panel and in every report.
import type { EvidenceKind } from '../domain.js';

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  url: 'Link',
  passage: 'Passage',
  file: 'File',
};
