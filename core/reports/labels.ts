// The words a reader sees for the workbench's internal keys, shared by every human-readable export.
import type { ClaimStatus, EvidenceKind, EvidenceStance, HopKind, SourceKind } from '../domain.js';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unreviewed: 'Unreviewed',
  in_progress: 'In progress',
  in_review: 'In review',
  done: 'Done',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  wire_agency: 'Wire agency',
  state_media: 'State media',
  newspaper: 'Newspaper',
  broadcaster: 'Broadcaster',
  website: 'Website',
  official: 'Official',
  person: 'Person',
  unnamed: 'Unnamed source',
};

/** How the text shows each hop, phrased to follow the source's name ("AFP, quoted"). */
export const HOP_KIND_LABELS: Record<HopKind, string> = {
  quote: 'quoted',
  paraphrase: 'paraphrased',
  citing: 'cited',
  credit: 'credited',
  link: 'linked',
};

export const STANCE_LABELS: Record<EvidenceStance, string> = {
  supporting: 'Supports',
  refuting: 'Refutes',
  context: 'Context',
};

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  url: 'Link',
  passage: 'Passage',
  file: 'File',
};

export const SCOPE_LABELS = {
  document: 'Document',
  selection: 'Selected claims',
  workbench: 'Whole workbench',
} as const;

export const UNRATED_LABEL = 'Not yet rated';

/** How a claim from the reader comments is labelled wherever it appears. */
export function commentProvenanceLabel(provenance: { commenter: string | null }): string {
  return provenance.commenter ? `From a reader comment by ${provenance.commenter}` : 'From a reader comment';
}
