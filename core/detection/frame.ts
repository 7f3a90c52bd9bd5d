import type { CueStance } from '../domain.js';
import type { VerbCue } from './cue-lexicon.js';
import type { PhraseSpan, Speaker } from './speaker-phrase.js';

/**
 * One attribution found in a sentence, before discourse context turns its speaker into a chain
 * of hops. Token indices refer to the sentence's token stream.
 */
export interface Frame {
  cue: PhraseSpan;
  /** Index of the cue's first token. */
  cueIndex: number;
  speaker: Speaker;
  /** Leftmost token of the attribution (the speaker, or the cue when the speaker follows it). */
  frameStart: number;
  /** First token after the attribution's own words, where an attributed clause may begin. */
  afterIndex: number;
  /** "X quoted Y as saying": Y, the next hop after the speaker. */
  relay: Speaker | null;
  /** "told X", "in a statement carried by X": the outlet that carried the statement. */
  outlet: Speaker | null;
  /** "told CNN and CBS News": further outlets that carried the same statement, one chain each. */
  coOutlets: Speaker[];
  /** Token index of the phrase introducing the outlet, so a claim can stop before it. */
  outletIndex: number | null;
  /** "citing Y": hops after the speaker. */
  cited: Speaker[];
  /** Sources an enclosing attribution adds in front ("…, Interfax reported"; "According to X, …"). */
  prefix: { speaker: Speaker; citing: boolean; stance: CueStance }[];
  /** "according to X": the document cites X rather than reporting X's words. */
  citing: boolean;
  /** A participle ("…, adding that …") continuing the previous frame's speaker. */
  continues: Frame | null;
  /** The claim is the previous sentence ("Об этом сообщил …"). */
  claimInPreviousSentence: boolean;
  /** The claim is the next paragraph: "He told Sputnik:" at the end of a line, then his answer. */
  claimInNextBlock: boolean;
  claim: { start: number; end: number } | null;
  /**
   * How the claim was found: the adjacent quotation, a that-clause after the cue, a clause
   * directly after it, the clause before it (which may enclose another attribution), the whole
   * sentence (parenthetical cue), or the previous sentence.
   */
  claimPosition: 'quote' | 'after' | 'direct' | 'before' | 'sentence' | 'previous' | 'next';
  containsQuote: boolean;
  /** Whether the claim contains a verb of its own: a clause rather than a bare noun phrase. */
  claimHasVerb: boolean;
  /** The reporting verb, with its stance and what it needs; null for phrase cues ("according to"). */
  verb: VerbCue | null;
  /** What the cue says of the reporter's stance: "claimed" distances, "confirmed" endorses. */
  stance: CueStance;
}

export function newFrame(fields: Pick<Frame, 'cue' | 'cueIndex' | 'speaker' | 'frameStart' | 'afterIndex'> & Partial<Frame>): Frame {
  return {
    relay: null,
    outlet: null,
    outletIndex: null,
    coOutlets: [],
    cited: [],
    prefix: [],
    citing: false,
    continues: null,
    claimInPreviousSentence: false,
    claimInNextBlock: false,
    claim: null,
    claimPosition: 'after',
    containsQuote: false,
    claimHasVerb: false,
    verb: null,
    stance: 'neutral',
    ...fields,
  };
}
