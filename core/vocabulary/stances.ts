// The two stances a reviewer records: what a piece of evidence does to the claim, and what the
// wording of an attribution cue says of the reporter's attitude to it.
import type { CueStance, EvidenceStance } from '../domain.js';

export const EVIDENCE_STANCE_LABELS: Record<EvidenceStance, string> = {
  supporting: 'Supports',
  refuting: 'Refutes',
  context: 'Context',
};

export const CUE_STANCE_LABELS: Record<CueStance, string> = {
  neutral: 'Neutral',
  distancing: 'Distancing',
  endorsing: 'Endorsing',
};

/** What each cue stance means, for a tooltip: the reviewer may correct what detection recorded. */
export const CUE_STANCE_HINTS: Record<CueStance, string> = {
  neutral: 'The cue reports without judging: said, told, wrote.',
  distancing: 'The cue keeps its distance: claimed, alleged, reportedly.',
  endorsing: 'The cue vouches for it: confirmed, revealed, showed.',
};

/**
 * A hop's stance as a compact chain shows it beside the source ("TASS (distancing)"). Neutral
 * cues are the norm and an unrecorded stance says nothing, so neither adds a word.
 */
export function stanceNote(stance: CueStance | null): string | null {
  return stance === 'distancing' || stance === 'endorsing' ? CUE_STANCE_LABELS[stance].toLowerCase() : null;
}
