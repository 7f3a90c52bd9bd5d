import type { HopKind, SourceKind } from '../domain.js';
import type { SourceMention } from './alias-index.js';
import type { Frame } from './frame.js';
import { INSTITUTION_ANAPHORA, PERSON_ROLES, UNNAMED_HEADS } from './lexicon.js';
import type { PhraseSpan, Speaker } from './speaker-phrase.js';
import type { Hop, RegistrySource } from './types.js';

/** A hop before its kind is known, remembering where (if anywhere) this sentence names it. */
export interface ChainHop {
  source: string;
  sourceId: string | null;
  sourceKind: SourceKind;
  registry: RegistrySource | null;
  /** `cited`: reached through "citing"/"according to", so the hop's kind is `citing`. */
  cited: boolean;
  span: PhraseSpan | null;
}

interface Remembered {
  hops: ChainHop[];
  sentence: number;
}

/**
 * What earlier sentences said, so that "he said", "the agency added" or a bare surname resolve
 * to the chain they continue. Windows are short because news prose changes speakers quickly.
 */
export interface Discourse {
  /** Recent chains, newest last; only the last few matter for back-references. */
  remembered: Remembered[];
  /** The latest chain ending in each person, by lower-cased surname, for the whole region. */
  people: Map<string, Remembered>;
  resolvedFrames: WeakMap<Frame, ChainHop[]>;
}

// Windows in sentences. A pronoun reaches back a few sentences, a role ("the minister") a little
// further, an institution ("the agency") further still.
const PRONOUN_WINDOW = 4;
const ROLE_WINDOW = 6;
const INSTITUTION_WINDOW = 12;
const MAX_REMEMBERED = 64;
const MEDIA_KINDS = new Set<SourceKind>(['wire_agency', 'state_media', 'newspaper', 'broadcaster', 'website']);

export function newDiscourse(): Discourse {
  return { remembered: [], people: new Map(), resolvedFrames: new WeakMap() };
}

export function remember(discourse: Discourse, hops: ChainHop[], sentence: number): void {
  const entry = { hops: hops.map((h) => ({ ...h, span: null })), sentence };
  discourse.remembered.push(entry);
  if (discourse.remembered.length > MAX_REMEMBERED) discourse.remembered.shift();
  const last = hops[hops.length - 1];
  if (last?.sourceKind === 'person') discourse.people.set(lastWord(last.source), entry);
}

/** The chain of hops for a frame, from the document back to the origin; null if unresolved. */
export function chainForFrame(discourse: Discourse, frame: Frame, sentence: number): ChainHop[] | null {
  const inheritedFrom = frame.continues ? discourse.resolvedFrames.get(frame.continues) : undefined;
  let inherited = false;
  let chain: ChainHop[] | null;
  if (inheritedFrom) {
    chain = inheritedFrom.map((h) => ({ ...h, span: null }));
    inherited = true;
  } else {
    const resolved = speakerHops(discourse, frame.speaker, sentence, false);
    chain = resolved?.hops ?? null;
    inherited = resolved?.inherited ?? false;
  }
  if (!chain) return null;
  if (frame.citing) chain = chain.map((h, i) => (i === 0 ? { ...h, cited: true } : h));

  if (frame.relay) {
    const relay = speakerHops(discourse, frame.relay, sentence, true);
    if (relay) chain = [...chain, ...relay.hops];
  }
  if (frame.outlet) {
    const outlet = speakerHops(discourse, frame.outlet, sentence, false);
    const outletHop = outlet?.hops[outlet.hops.length - 1];
    if (outletHop && !(chain[0] && sameHop(outletHop, chain[0]))) {
      const rest = inherited ? chain.filter((h) => !(h.registry && MEDIA_KINDS.has(h.sourceKind))) : chain;
      chain = [{ ...outletHop, span: frame.outlet.span }, ...rest];
    }
  }
  for (const cited of frame.cited) {
    const hops = speakerHops(discourse, cited, sentence, true);
    if (hops) chain = [...chain, ...hops.hops.map((h) => ({ ...h, cited: true }))];
  }
  for (let i = frame.prefix.length - 1; i >= 0; i -= 1) {
    const prefix = frame.prefix[i] as Frame['prefix'][number];
    const hops = speakerHops(discourse, prefix.speaker, sentence, false);
    const head = hops?.hops[hops.hops.length - 1];
    if (head && !(chain[0] && sameHop(head, chain[0]))) {
      chain = [{ ...head, cited: prefix.citing, span: prefix.speaker.span }, ...chain];
    }
  }
  const deduped = chain.filter((h, i) => i === 0 || !sameHop(h, chain![i - 1] as ChainHop));
  discourse.resolvedFrames.set(frame, deduped);
  return deduped;
}

export function toHops(chain: ChainHop[], claimKind: HopKind): Hop[] {
  return chain.map((h) => ({
    source: h.source,
    sourceId: h.sourceId,
    sourceKind: h.sourceKind,
    kind: h.sourceKind === 'unnamed' || h.cited ? 'citing' : claimKind,
  }));
}

export function registryHop(source: RegistrySource, span: PhraseSpan | null): ChainHop {
  return { source: source.name, sourceId: source.id, sourceKind: source.kind, registry: source, cited: false, span };
}

function newHop(name: string, kind: SourceKind, span: PhraseSpan): ChainHop {
  return { source: name, sourceId: null, sourceKind: kind, registry: null, cited: false, span };
}

function speakerHops(
  discourse: Discourse,
  speaker: Speaker,
  sentence: number,
  objectSlot: boolean,
): { hops: ChainHop[]; inherited: boolean } | null {
  switch (speaker.type) {
    case 'registry':
      return { hops: [registryHop(speaker.mention.source, speaker.span)], inherited: false };
    case 'named': {
      const continued = continuedPerson(discourse, speaker.name);
      if (continued) return { hops: withSpan(continued, speaker.span), inherited: true };
      const person = newHop(speaker.name, 'person', speaker.span);
      return {
        hops: speaker.affiliation ? [registryHop(speaker.affiliation.source, mentionSpan(speaker.affiliation)), person] : [person],
        inherited: false,
      };
    }
    case 'unnamed': {
      const hop = newHop(speaker.name, 'unnamed', speaker.span);
      return {
        hops:
          speaker.officialVoice && speaker.affiliation
            ? [registryHop(speaker.affiliation.source, mentionSpan(speaker.affiliation)), hop]
            : [hop],
        inherited: false,
      };
    }
    case 'anaphor': {
      const resolved = resolveAnaphor(discourse, speaker.head, speaker.pronoun, sentence);
      if (resolved) return { hops: withSpan(resolved, speaker.span), inherited: true };
      if (speaker.orUnnamed) {
        return { hops: [newHop(speaker.span.text, 'unnamed', speaker.span)], inherited: false };
      }
      if (objectSlot && !speaker.pronoun) {
        // "citing the regional military administration": nothing to refer back to, so the
        // description itself is the source.
        const name = speaker.span.text.replace(/^the\s+/iu, '');
        return { hops: [newHop(name, 'person', speaker.span)], inherited: false };
      }
      return null;
    }
  }
}

function mentionSpan(mention: SourceMention): PhraseSpan {
  return { start: mention.start, end: mention.end, text: mention.text };
}

function withSpan(hops: ChainHop[], span: PhraseSpan): ChainHop[] {
  return hops.map((h, i) => ({ ...h, span: i === hops.length - 1 ? span : null }));
}

/** A surname alone continues the person named in full earlier ("Yalcinkaya revealed"). */
function continuedPerson(discourse: Discourse, name: string): ChainHop[] | null {
  if (name.split(/\s+/u).length > 2) return null;
  const entry = discourse.people.get(lastWord(name));
  const last = entry?.hops[entry.hops.length - 1];
  if (!entry || !last || last.source === name) return null;
  return entry.hops.map((h) => ({ ...h }));
}

function lastWord(name: string): string {
  return (name.split(/\s+/u).pop() ?? '').replace(/['’]s$/u, '').toLowerCase();
}

function resolveAnaphor(discourse: Discourse, head: string, pronoun: boolean, sentence: number): ChainHop[] | null {
  const recent = (window: number): Remembered[] =>
    discourse.remembered.filter((r) => sentence - r.sentence <= window).reverse();
  const lastOf = (r: Remembered): ChainHop => r.hops[r.hops.length - 1] as ChainHop;

  if (pronoun) {
    const entries = recent(PRONOUN_WINDOW);
    if (head === 'it') {
      const org = entries.find((r) => lastOf(r).registry !== null);
      return org ? org.hops.map((h) => ({ ...h })) : null;
    }
    const person = entries.find((r) => lastOf(r).sourceKind === 'person');
    const unnamed = entries.find((r) => lastOf(r).sourceKind === 'unnamed');
    const pick = head === 'they' ? entries.find((r) => lastOf(r).registry === null) : person ?? unnamed;
    return pick ? pick.hops.map((h) => ({ ...h })) : null;
  }

  const institutional = INSTITUTION_ANAPHORA[head] !== undefined || !(PERSON_ROLES.has(head) || UNNAMED_HEADS.has(head));
  if (institutional) {
    for (const entry of recent(INSTITUTION_WINDOW)) {
      for (let i = entry.hops.length - 1; i >= 0; i -= 1) {
        const hop = entry.hops[i] as ChainHop;
        if (hop.registry && describes(head, hop.registry)) return [{ ...hop, cited: false }];
      }
    }
    if (!PERSON_ROLES.has(head) && !UNNAMED_HEADS.has(head)) return null;
  }
  // The newest compatible speaker: "the source" needs an anonymous source, "the minister" or
  // "the spokesman" a person (or an anonymous official).
  const wantsSource = head === 'source' || head === 'sources' || head.startsWith('источник');
  const pick = recent(ROLE_WINDOW).find((r) => {
    const last = lastOf(r);
    if (wantsSource) return last.sourceKind === 'unnamed' && /source|источник/iu.test(last.source);
    return last.sourceKind === 'person' || last.sourceKind === 'unnamed';
  });
  return pick ? pick.hops.map((h) => ({ ...h })) : null;
}

/** Whether "the <head>" can refer to a registry source: by a word of its name or by its kind. */
function describes(head: string, source: RegistrySource): boolean {
  const words = [source.name, ...source.aliases.map((a) => a.alias)].join(' ').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return words.includes(head) || (INSTITUTION_ANAPHORA[head] ?? []).includes(source.kind);
}

function sameHop(a: ChainHop, b: ChainHop): boolean {
  return a.sourceId !== null ? a.sourceId === b.sourceId : a.source.toLowerCase() === b.source.toLowerCase();
}
