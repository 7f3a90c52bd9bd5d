// Who relays a source: "TASS → relayed by SouthFront (12), Sputnik (5)". Read off the attribution
// chains: whoever stands just before the source in a chain (nearer the reporter) passed its words
// on, and when the source is the first hop, the outlet that published the document did.
import { CUE_STANCES, type CueStance, HOP_KINDS, type HopKind, type SourceKind } from '../domain.js';
import { foldName } from '../text/fold-name.js';
import { type CarryingPassage, type FirstAppearance, firstAppearances } from './first-appearances.js';

/** One hop of a chain, nearest the reporter first. */
export interface RelayHop {
  sourceId: string;
  sourceName: string;
  sourceKind: SourceKind;
  kind: HopKind;
  stance: CueStance | null;
}

/** A live claim whose chain names the source, with the document it was made in. */
export interface RelayClaimInput {
  claimId: string;
  quote: string;
  documentId: string;
  documentTitle: string;
  /** The outlet that published the document, as the registry knows it. */
  outletSource: { id: string; name: string; kind: SourceKind } | null;
  /** The outlet as the document names it, for outlets the registry does not know. */
  outletName: string | null;
  publishedAt: string | null;
  importedAt: string;
  /** Where the claim sits in its document; null for an orphan. */
  start: number | null;
  end: number | null;
  hops: readonly RelayHop[];
  /** The same claim linked in other live documents. */
  appearances: readonly CarryingPassage[];
}

/** When a relay was seen: the document's publication date, or, for an undated one, when it was imported. */
export interface SeenDate {
  at: string;
  basis: 'published' | 'imported';
}

/** A registry source, an outlet the registry does not know (by its printed name), or a document with no outlet at all. */
export type RelayerKind = SourceKind | 'outlet' | 'document';

export type StanceCounts = Record<CueStance | 'unrecorded', number>;

export interface RelayedClaim {
  claimId: string;
  quote: string;
  documentId: string;
  documentTitle: string;
  seen: SeenDate;
  /** How the relayer's cue presents the source's words: the stance of the hop at the source. */
  stance: CueStance | null;
  hopKind: HopKind;
  /** The claim's own document is the statement's first appearance (or dated the same as it). */
  first: boolean;
  firstAppearance: FirstAppearance | null;
}

export interface Relayer {
  /** The registry source's ID; "outlet:" and the folded name; or "document:" and the document's ID. */
  key: string;
  sourceId: string | null;
  name: string;
  kind: RelayerKind;
  claimCount: number;
  documentCount: number;
  firstSeen: SeenDate;
  lastSeen: SeenDate;
  stances: StanceCounts;
  /** The stance the relayer's cues usually take; 'mixed' when two stances are equally common, null when none is recorded. */
  typicalStance: CueStance | 'mixed' | null;
  /** How the relayer cites the source (quote, citing, …), in the usual order. */
  hopKinds: HopKind[];
  /** Of its claims, how many are the first appearance of their statement. */
  firstAppearances: number;
  /** Earliest first. */
  claims: RelayedClaim[];
}

export interface Amplification {
  source: { id: string; name: string; kind: SourceKind };
  /** Most claims first. */
  relayers: Relayer[];
  /** Claims whose chain names the source, and how many of those someone other than the source passed on. */
  claimCount: number;
  relayedClaimCount: number;
}

type Party = Pick<Relayer, 'key' | 'sourceId' | 'name' | 'kind'>;

/**
 * Everyone who relays `source`, from the claims whose chains name it. `mergedInto` maps merged
 * sources to the source they live on in, so a merged alias counts as its target, both as the
 * source and as a relayer. A source that stands next to itself in a chain, or publishes the
 * document that cites it, relays nothing; a source that comes back to itself through others
 * (TASS citing Sputnik citing TASS) is relayed by those others.
 */
export function amplificationOf(
  source: Amplification['source'],
  claims: readonly RelayClaimInput[],
  mergedInto: ReadonlyMap<string, string>,
): Amplification {
  const live = (id: string) => liveId(id, mergedInto);
  const target = live(source.id);
  const firsts = firstAppearances(claims);
  const byKey = new Map<string, { party: Party; claims: RelayedClaim[] }>();
  let relayedClaimCount = 0;

  for (const claim of claims) {
    const relays = relaysIn(claim, target, live);
    if (relays.size > 0) relayedClaimCount += 1;
    const first = firsts.get(claim.claimId)!;
    for (const { party, hop } of relays.values()) {
      const entry = byKey.get(party.key) ?? { party, claims: [] };
      entry.claims.push({
        claimId: claim.claimId,
        quote: claim.quote,
        documentId: claim.documentId,
        documentTitle: claim.documentTitle,
        seen: seenDate(claim),
        stance: hop.stance,
        hopKind: hop.kind,
        first: first.first,
        firstAppearance: first.firstAppearance,
      });
      byKey.set(party.key, entry);
    }
  }

  const relayers = [...byKey.values()].map(({ party, claims: relayed }) => summarise(party, relayed));
  relayers.sort((a, b) => b.claimCount - a.claimCount || a.firstSeen.at.localeCompare(b.firstSeen.at) || a.name.localeCompare(b.name));
  return { source: { ...source, id: target }, relayers, claimCount: claims.length, relayedClaimCount };
}

/** The source a merged ID lives on in; merges are kept one step deep, but a longer trail is followed too. */
function liveId(id: string, mergedInto: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  let at = id;
  while (mergedInto.has(at) && !seen.has(at)) {
    seen.add(at);
    at = mergedInto.get(at)!;
  }
  return at;
}

/**
 * Who passed the source's words on in one chain, each once, with the hop at the source where they
 * did so first: the step before every place the chain enters the source.
 */
function relaysIn(claim: RelayClaimInput, target: string, live: (id: string) => string): Map<string, { party: Party; hop: RelayHop }> {
  const steps: Party[] = [
    outletParty(claim, live),
    ...claim.hops.map((hop) => sourceParty(live(hop.sourceId), hop.sourceName, hop.sourceKind)),
  ];
  const relays = new Map<string, { party: Party; hop: RelayHop }>();
  claim.hops.forEach((hop, index) => {
    const before = steps[index]!;
    if (live(hop.sourceId) !== target || before.key === target || relays.has(before.key)) return;
    relays.set(before.key, { party: before, hop });
  });
  return relays;
}

function sourceParty(id: string, name: string, kind: SourceKind): Party {
  return { key: id, sourceId: id, name, kind };
}

/** The publishing outlet: its registry entry, else its printed name, else the document itself. */
function outletParty(claim: RelayClaimInput, live: (id: string) => string): Party {
  if (claim.outletSource) return sourceParty(live(claim.outletSource.id), claim.outletSource.name, claim.outletSource.kind);
  const printed = claim.outletName?.trim();
  if (printed) return { key: `outlet:${foldName(printed)}`, sourceId: null, name: printed, kind: 'outlet' };
  return { key: `document:${claim.documentId}`, sourceId: null, name: claim.documentTitle, kind: 'document' };
}

function seenDate(claim: RelayClaimInput): SeenDate {
  return claim.publishedAt ? { at: claim.publishedAt, basis: 'published' } : { at: claim.importedAt, basis: 'imported' };
}

function summarise(party: Party, claims: RelayedClaim[]): Relayer {
  claims.sort((a, b) => a.seen.at.localeCompare(b.seen.at) || a.documentTitle.localeCompare(b.documentTitle));
  const stances: StanceCounts = { neutral: 0, distancing: 0, endorsing: 0, unrecorded: 0 };
  for (const claim of claims) stances[claim.stance ?? 'unrecorded'] += 1;
  const kinds = new Set(claims.map((claim) => claim.hopKind));
  return {
    ...party,
    claimCount: claims.length,
    documentCount: new Set(claims.map((claim) => claim.documentId)).size,
    firstSeen: claims[0]!.seen,
    lastSeen: claims.reduce((latest, claim) => (claim.seen.at > latest.at ? claim.seen : latest), claims[0]!.seen),
    stances,
    typicalStance: typicalStance(stances),
    hopKinds: HOP_KINDS.filter((kind) => kinds.has(kind)),
    firstAppearances: claims.filter((claim) => claim.first).length,
    claims,
  };
}

function typicalStance(counts: StanceCounts): Relayer['typicalStance'] {
  const most = Math.max(...CUE_STANCES.map((stance) => counts[stance]));
  if (most === 0) return null;
  const leaders = CUE_STANCES.filter((stance) => counts[stance] === most);
  return leaders.length === 1 ? leaders[0]! : 'mixed';
}
