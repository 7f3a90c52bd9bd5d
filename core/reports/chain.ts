// An attribution chain as a reader follows it: the publishing outlet, then each hop back towards
// the origin ("Alwaght → AFP → NLF spokesman Naji Mustafa").
import type { ChainFlag, CueStance, HopKind, SourceKind } from '../domain.js';
import type { ReportClaim, ReportDocument } from './model.js';

export const CHAIN_SEPARATOR = ' → ';

export interface ChainStep {
  name: string;
  /** The document's outlet (or title) that opens the chain, or a hop of the claim. */
  role: 'document' | 'hop';
  sourceKind: SourceKind | null;
  hopKind: HopKind | null;
  /** How the cue reports the source ("claimed" distances); null for the document and unrecorded cues. */
  stance: CueStance | null;
  /** Unnamed sources ("Arab sources", "a military source") are flagged wherever they occur. */
  flagged: boolean;
}

export function orderedHops(claim: ReportClaim): ReportClaim['hops'] {
  return [...claim.hops].sort((a, b) => a.ordinal - b.ordinal);
}

export function chainSteps(claim: ReportClaim, document: ReportDocument | undefined): ChainStep[] {
  const opening = document?.outlet?.trim() || document?.title?.trim() || 'Document';
  const hops = orderedHops(claim);
  // A Fars story citing Fars's own reporting reads "Fars → Arab sources", not "Fars → Fars → …".
  const repeatsOutlet = hops[0]?.sourceName.trim().toLowerCase() === opening.toLowerCase();
  return [
    ...(repeatsOutlet ? [] : [{ name: opening, role: 'document' as const, sourceKind: null, hopKind: null, stance: null, flagged: false }]),
    ...hops.map((hop) => ({
      name: hop.sourceName,
      role: 'hop' as const,
      sourceKind: hop.sourceKind,
      hopKind: hop.kind,
      stance: hop.stance,
      flagged: hop.sourceKind === 'unnamed',
    })),
  ];
}

/** The sources of the chain, nearest first, without the publishing document. */
export function chainSourceNames(claim: ReportClaim): string[] {
  return orderedHops(claim).map((hop) => hop.sourceName);
}

/** The claim's chain flag, derived from its hops when the model did not set one. */
export function chainFlagOf(claim: ReportClaim): ChainFlag {
  if (claim.chainFlag) return claim.chainFlag;
  const hops = orderedHops(claim);
  if (hops.length === 0) return 'unknown';
  return hops[hops.length - 1]?.sourceKind === 'unnamed' ? 'unnamed' : null;
}

export function chainFlagNote(flag: ChainFlag): string | null {
  if (flag === 'unnamed') return 'The chain ends in an unnamed source.';
  if (flag === 'unknown') return 'No attribution recorded: the origin of this claim is unknown.';
  return null;
}
