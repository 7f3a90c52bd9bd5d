import { type CueStance, type HopKind, MEDIA_SOURCE_KINDS, type SourceKind } from '../domain.js';
import type { SourceMention } from './alias-index.js';
import {
  type Discourse,
  type Entity,
  makeSalient,
  resolveDescription,
  resolvePronoun,
  trackDescription,
  trackNamed,
  trackRegistry,
  trackUnnamed,
} from './discourse.js';
import type { Frame } from './frame.js';
import type { PhraseSpan, Speaker } from './speaker-phrase.js';
import type { Hop, RegistrySource } from './types.js';

export { type Discourse, newDiscourse } from './discourse.js';

/** A hop before its kind is known, remembering where (if anywhere) this sentence names it. */
export interface ChainHop {
  source: string;
  sourceId: string | null;
  sourceKind: SourceKind;
  registry: RegistrySource | null;
  /** `cited`: reached through "citing"/"according to", so the hop's kind is `citing`. */
  cited: boolean;
  span: PhraseSpan | null;
  /** Who the hop is in this document, so one person is one source however often named. */
  entity: Entity | null;
  /** The stance of the cue by which this source is reported to have said it. */
  stance: CueStance;
}

/** Records a chain as the newest said by its last hop, for "he added" to continue it. */
export function remember(discourse: Discourse, hops: ChainHop[], sentence: number): void {
  const last = hops[hops.length - 1];
  if (!last?.entity) return;
  last.entity.chain = hops.map((h) => ({ ...h, span: null }));
  last.entity.chainSentence = sentence;
  makeSalient(discourse, last.entity, sentence);
}

/** The chain of hops for a frame, from the document back to the origin; null if unresolved. */
export function chainForFrame(discourse: Discourse, frame: Frame, sentence: number, stance: CueStance): ChainHop[] | null {
  const inheritedFrom = frame.continues ? discourse.resolvedFrames.get(frame.continues) : undefined;
  let inherited = false;
  let chain: ChainHop[] | null;
  if (inheritedFrom) {
    chain = inheritedFrom.map((h) => ({ ...h, span: null }));
    inherited = true;
  } else {
    const resolved = speakerHops(discourse, frame.speaker, sentence, frame.claimPosition === 'quote');
    chain = resolved?.hops ?? null;
    inherited = resolved?.inherited ?? false;
  }
  if (!chain?.length) return null;
  chain = chain.map((h, i) => (i === chain!.length - 1 ? { ...h, stance } : h));
  if (frame.citing) chain = chain.map((h, i) => (i === 0 ? { ...h, cited: true } : h));

  if (frame.relay) {
    const relay = speakerHops(discourse, frame.relay, sentence);
    if (relay) chain = [...chain, ...relay.hops];
  }
  if (frame.outlet) {
    const outlet = speakerHops(discourse, frame.outlet, sentence);
    const outletHop = outlet?.hops[outlet.hops.length - 1];
    if (outletHop && !(chain[0] && sameHop(outletHop, chain[0]))) {
      const rest = inherited ? chain.filter((h) => !(MEDIA_SOURCE_KINDS.has(h.sourceKind) && h !== chain![chain!.length - 1])) : chain;
      chain = [{ ...outletHop, span: frame.outlet.span, stance: 'neutral' }, ...rest];
    }
  }
  for (const cited of frame.cited) {
    const hops = speakerHops(discourse, cited, sentence);
    if (hops) chain = [...chain, ...hops.hops.map((h) => ({ ...h, cited: true }))];
  }
  for (let i = frame.prefix.length - 1; i >= 0; i -= 1) {
    const prefix = frame.prefix[i] as Frame['prefix'][number];
    const hops = speakerHops(discourse, prefix.speaker, sentence);
    const head = hops?.hops[hops.hops.length - 1];
    if (head && !(chain[0] && sameHop(head, chain[0]))) {
      chain = [{ ...head, cited: prefix.citing, span: prefix.speaker.span, stance: prefix.stance }, ...chain];
    }
  }
  const deduped = chain.filter((h, i) => i === 0 || !sameHop(h, chain![i - 1] as ChainHop));
  discourse.resolvedFrames.set(frame, deduped);
  return deduped;
}

export function toHops(chain: ChainHop[], claimKind: HopKind): Hop[] {
  return chain.map((h) => ({
    // The entity's name as the document finally spells it: "Mevlut Cavusoglu" for "Cavusoglu".
    source: h.entity?.name ?? h.source,
    sourceId: h.sourceId,
    sourceKind: h.entity?.sourceKind ?? h.sourceKind,
    kind: h.sourceKind === 'unnamed' || h.cited ? 'citing' : claimKind,
    stance: h.stance,
  }));
}

export function registryHop(source: RegistrySource, span: PhraseSpan | null): ChainHop {
  return {
    source: source.name,
    sourceId: source.id,
    sourceKind: source.kind,
    registry: source,
    cited: false,
    span,
    entity: null,
    stance: 'neutral',
  };
}

function entityHop(entity: Entity, span: PhraseSpan | null): ChainHop {
  return {
    source: entity.name,
    sourceId: entity.registry?.id ?? null,
    sourceKind: entity.sourceKind,
    registry: entity.registry,
    cited: false,
    span,
    entity,
    stance: 'neutral',
  };
}

function speakerHops(
  discourse: Discourse,
  speaker: Speaker,
  sentence: number,
  quoting = false,
): { hops: ChainHop[]; inherited: boolean } | null {
  switch (speaker.type) {
    case 'registry':
      return { hops: [entityHop(trackRegistry(discourse, speaker.mention.source, sentence), speaker.span)], inherited: false };
    case 'named': {
      const { entity, referredBack } = trackNamed(discourse, speaker.name, sentence, speaker.outlet === true);
      const continued = referredBack ? continuedChain(entity, sentence, quoting) : null;
      if (continued) return { hops: withSpan(continued, speaker.span), inherited: true };
      const hop = entityHop(entity, speaker.span);
      return { hops: speaker.affiliation ? [affiliationHop(discourse, speaker.affiliation, sentence), hop] : [hop], inherited: false };
    }
    case 'unnamed': {
      const hop = entityHop(trackUnnamed(discourse, speaker.name, sentence), speaker.span);
      // "a Pentagon spokesperson" speaks for the Pentagon; "a Reuters witness" reached the page
      // through Reuters. "A Pentagon official" is only from there, and stands alone.
      const through = speaker.affiliation && (speaker.officialVoice || MEDIA_SOURCE_KINDS.has(speaker.affiliation.source.kind));
      return { hops: through ? [affiliationHop(discourse, speaker.affiliation!, sentence), hop] : [hop], inherited: false };
    }
    case 'anaphor': {
      const entity = speaker.pronoun
        ? resolvePronoun(discourse, speaker.head, sentence)
        : resolveDescription(discourse, speaker.head, sentence, speaker.span.text);
      if (entity) {
        makeSalient(discourse, entity, sentence);
        const continued = continuedChain(entity, sentence, quoting);
        return { hops: withSpan(continued ?? [entityHop(entity, null)], speaker.span), inherited: continued !== null };
      }
      if (speaker.orUnnamed)
        return { hops: [entityHop(trackUnnamed(discourse, speaker.span.text, sentence), speaker.span)], inherited: false };
      if (speaker.pronoun) return null;
      // "The military experts warned", "citing the regional military administration": nothing
      // to refer back to, so the description itself is the source.
      return { hops: [entityHop(trackDescription(discourse, speaker.span.text, speaker.head, sentence), speaker.span)], inherited: false };
    }
  }
}

// A chain said by the same source this many sentences back is still the one "he added" continues;
// older ones are not. The outlet that carried a named person's words ("told CNN") carries only
// quotations in the next sentence or two ("“…,” he said"), the interview going on; further on, or
// for a paraphrase, the article is reporting the person again on its own account. An unnamed
// source ("a source close to the FSA") is only ever reached through the outlet that quoted it.
const CHAIN_WINDOW = 8;
const OUTLET_WINDOW = 2;

function continuedChain(entity: Entity, sentence: number, quoting: boolean): ChainHop[] | null {
  if (!entity.chain || sentence - entity.chainSentence > CHAIN_WINDOW) return null;
  const last = entity.chain[entity.chain.length - 1];
  const keepOutlets = last?.sourceKind === 'unnamed' || (quoting && sentence - entity.chainSentence <= OUTLET_WINDOW);
  return entity.chain.filter((h) => keepOutlets || h === last || !MEDIA_SOURCE_KINDS.has(h.sourceKind)).map((h) => ({ ...h }));
}

function affiliationHop(discourse: Discourse, mention: SourceMention, sentence: number): ChainHop {
  return entityHop(trackRegistry(discourse, mention.source, sentence), { start: mention.start, end: mention.end, text: mention.text });
}

function withSpan(hops: ChainHop[], span: PhraseSpan): ChainHop[] {
  return hops.map((h, i) => ({ ...h, span: i === hops.length - 1 ? span : null }));
}

function sameHop(a: ChainHop, b: ChainHop): boolean {
  if (a.entity && b.entity) return a.entity === b.entity;
  return a.sourceId !== null ? a.sourceId === b.sourceId : a.source.toLowerCase() === b.source.toLowerCase();
}
