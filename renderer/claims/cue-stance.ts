// What the attribution cue says of the reporter's stance, for the suggestion's card: "claimed"
// keeps its distance, "confirmed" vouches. Neutral cues ("said", "told") are the norm and get no
// label, so the ones that colour a report stand out.
import type { Hop, Suggestion } from '../../core/detection/types.js';
import type { CueStance } from '../../core/domain.js';
import { CUE_STANCE_LABELS } from '../../core/vocabulary/stances.js';

export interface CueStanceLabel {
  /** Which hop of the chain the cue reports. */
  hopIndex: number;
  stance: Exclude<CueStance, 'neutral'>;
  /** "distancing: claimed", or the stance alone when the suggestion has no cue words. */
  text: string;
}

/**
 * The stance of the hop whose cue the suggestion carries, or null when it is neutral. Detection
 * gives the cue's stance to the speaker it reports, and the hops it adds around them (the outlet
 * that carried it, whoever they cited, a commenter put in front) are neutral, so that hop is the
 * last one with a stance.
 */
export function cueStanceOf(suggestion: Pick<Suggestion, 'cue'>, hops: readonly Pick<Hop, 'stance'>[]): CueStanceLabel | null {
  const hopIndex = hops.findLastIndex((hop) => hop.stance !== 'neutral');
  const stance = hops[hopIndex]?.stance;
  if (stance === undefined || stance === 'neutral') return null;
  const cue = suggestion.cue?.text.trim();
  const word = CUE_STANCE_LABELS[stance].toLowerCase();
  return { hopIndex, stance, text: cue ? `${word}: ${cue}` : word };
}
