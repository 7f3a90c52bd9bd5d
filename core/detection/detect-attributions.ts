import { commenterAt } from '../comments/commenter.js';
import type { HopKind } from '../domain.js';
import { tagText } from '../text/part-of-speech.js';
import { findQuotations, splitBlocks, splitSentences, type TextRange } from '../text/sentences.js';
import { acronymDefinitions } from './acronyms.js';
import { buildAliasIndex, findSourceMentions, type SourceMention } from './alias-index.js';
import { findArabicFrames, isMostlyArabic } from './arabic-frames.js';
import { chainIdentity, extendsChain } from './chain-identity.js';
import { chainForFrame, type ChainHop, newDiscourse, registryHop, remember, toHops } from './chains.js';
import { type Credit, findCreditLines, findDatelineCredits } from './credit-lines.js';
import { type Discourse, type Entity, isKnownPerson, makeSalient, noteKnownPerson, noteMention, trackNamed } from './discourse.js';
import { findEnglishFrames, subjectName } from './english-frames.js';
import { type ExcerptCitation, findExcerptCitations } from './excerpt-citations.js';
import type { Frame } from './frame.js';
import { namedRoles } from './named-roles.js';
import { isSourceName, outletKindOfName } from './names.js';
import { findOutletLinks, findUrls, type UrlSpan } from './outlet-links.js';
import { findRussianFrames, isMostlyCyrillic } from './russian-frames.js';
import { indexContaining, spansStartingIn } from './sorted-spans.js';
import { isNameToken } from './speaker-phrase.js';
import { type Token, tokenize } from './tokens.js';
import { findTranscriptLines, type TranscriptLine } from './transcript-lines.js';
import type { DetectOptions, Hop, RegistrySource, Suggestion, TextSpan } from './types.js';

/** A suggestion before its provenance (article or reader comment) is known. */
type Draft = Omit<Suggestion, 'fromComment'>;

interface Region extends TextRange {
  sentences: TextRange[];
  comments: boolean;
}

/**
 * Proposes attributions in a document: who each claim is attributed to and through which hops.
 * Only mentions linked to a claim by an attribution cue, a credit line or an outlet link are
 * proposed; an outlet merely discussed ("Al Jazeera's bureau was closed") is not. Page furniture
 * before the article is always skipped, reader comments unless asked for, and discourse context never crosses from article to comments.
 */
export function detectAttributions(text: string, registry: readonly RegistrySource[], options: DetectOptions = {}): Suggestion[] {
  const index = buildAliasIndex(registry);
  const commentsStart = clampOffset(options.commentsStart ?? null, text.length);
  const end = options.includeComments || commentsStart === null ? text.length : commentsStart;
  const articleStart = clampOffset(options.articleStart ?? null, text.length) ?? 0;
  // A start at or after the comments is inconsistent; then nothing is taken for furniture.
  const begin = commentsStart !== null && articleStart >= commentsStart ? 0 : articleStart;

  const urls = findUrls(text);
  // A domain inside a URL is the link's, not a mention of its own.
  const mentions = findSourceMentions(text, index).filter((m) => indexContaining(urls, m.start) === -1);
  const quotations = findQuotations(text);
  const blocks = splitBlocks(text);
  const sentences = splitSentences(text).filter((s) => s.start >= begin && s.start < end);
  const regions = regionsOf(sentences, begin, commentsStart, end);
  const tagging = tagText(text, begin, end);
  const acronyms = acronymDefinitions(text);
  const roles = namedRoles(text);

  const suggestions: Draft[] = [];
  for (const region of regions) {
    const discourse = newDiscourse(acronyms, roles);
    const framesBySentence = new Map<number, { sourceIds: Set<string> }>();
    let lastQuote: { chain: ChainHop[]; end: number; sentence: number; draft: Draft } | null = null;

    region.sentences.forEach((sentence, si) => {
      const tokens = tokenize(text, sentence.start, sentence.end, { mentions, quotations, urls, tagging });
      const block = blockIndexOf(blocks, sentence.start);
      const heading = !region.comments && isHeading(text, sentence, blocks[block]);
      // Who the sentence is about may be who its own "he told …" refers to; the subject is noted
      // first, so that whoever the sentence quotes still outranks it afterwards. Others it names
      // count only after it: "She said that Imran …" is not Imran.
      const subject = heading ? null : subjectName(text, tokens);
      if (subject) noteMention(discourse, subject, si);
      const frames = heading ? [] : framesIn(text, tokens, sentence);
      const sourceIds = new Set<string>();
      const before = suggestions.length;
      const each = frames
        .sort((a, b) => a.cueIndex - b.cueIndex)
        .flatMap((f) => [f, ...f.coOutlets.map((outlet) => ({ ...f, outlet, coOutlets: [] }))]);
      for (const frame of each) {
        const claim = claimOf(text, frame, region.sentences[si - 1] ?? null, nextBlock(blocks, block, region));
        if (!claim) continue;
        const chain = chainForFrame(discourse, frame, si, frame.stance);
        if (!chain?.length) continue;
        const kind: HopKind = frame.containsQuote ? 'quote' : 'paraphrase';
        const draft = withChain(toSuggestion(text, chain, kind, frame, claim), chain);
        suggestions.push(draft);
        remember(discourse, chain, si);
        for (const hop of chain) if (hop.sourceId) sourceIds.add(hop.sourceId);
        lastQuote = kind === 'quote' ? { chain, end: sentence.end, sentence: si, draft } : null;
      }
      framesBySentence.set(si, { sourceIds });
      // "Abid's attorney James Bacon mocked the widow. “…,” he said": people the text is about
      // are who a later "he" or "she" refers to, not only those already quoted.
      // For the sentences after, whoever this one quotes outranks its subject, and the subject the
      // others it names: "In court, Bacon badgered Hadeed. “…,” he said" is Bacon.
      if (!heading) for (const name of nameRuns(text, tokens)) noteKnownPerson(discourse, name, si);
      if (subject) noteMention(discourse, subject, si);
      for (const speaker of speakersOf(suggestions.slice(before))) makeSalient(discourse, speaker, si);
      if (frames.length === 0 && lastQuote && lastQuote.sentence === si - 1 && !paragraphBreak(text, lastQuote.end, sentence.start)) {
        const continued = continuationQuote(text, tokens);
        if (continued) {
          // One quoted passage is one claim: “A,” he said. “B.” extends the claim of A over B.
          const { draft } = lastQuote;
          draft.claim = { start: draft.claim.start, end: continued.end, text: text.slice(draft.claim.start, continued.end) };
          lastQuote = { ...lastQuote, end: sentence.end, sentence: si };
        }
      }
    });

    const range = { start: region.start, end: region.end };
    for (const citation of findExcerptCitations(text, blocks, mentions, range)) {
      applyExcerptCitation(text, blocks, region.sentences, citation, suggestions);
    }
    const isMention = (start: number, end: number) => spansStartingIn(mentions, start, end).some((m) => m.start === start);
    for (const line of findTranscriptLines(text, blocks, range, isMention, (name) => isKnownPerson(discourse, name))) {
      suggestions.push(transcriptSuggestion(discourse, line, indexContaining(region.sentences, line.words.start)));
    }
    const credits = [...findCreditLines(text, mentions, range), ...findDatelineCredits(text, blocks, mentions, range)];
    for (const credit of credits) suggestions.push(creditSuggestion(credit));

    for (const link of findOutletLinks(
      urls.filter((u) => u.start >= region.start && u.end <= region.end),
      index,
    )) {
      const si = indexContaining(region.sentences, link.start);
      if (si !== -1 && framesBySentence.get(si)?.sourceIds.has(link.source.id)) continue;
      const claim = linkClaim(text, link, region, blocks);
      if (!claim) continue;
      suggestions.push({
        source: link.source.name,
        sourceId: link.source.id,
        mention: { start: link.start, end: link.end, text: link.text },
        cue: null,
        kind: 'link',
        claim,
        hops: toHops([registryHop(link.source, null)], 'link'),
      });
    }
  }
  const valid = suggestions.map(withFinalNames).filter((s) => s.hops.every((hop) => isSourceName(hop.source)));
  return dedupe(valid.map((s) => withProvenance(text, s, commentsStart)));
}

/**
 * A suggestion in the reader comments says so, naming the commenter when the thread does: the
 * words are the commenter's, whoever they say they are quoting, and the reviewer may start the
 * chain at them (see commenterHop).
 */
function withProvenance(text: string, suggestion: Draft, commentsStart: number | null): Suggestion {
  if (commentsStart === null || suggestion.claim.start < commentsStart) return { ...suggestion, fromComment: null };
  const commenter = commenterAt(text, commentsStart, suggestion.claim.start);
  return { ...suggestion, fromComment: { commenter: commenter && isSourceName(commenter) ? commenter : null } };
}

/**
 * The excerpt a citation line names its outlet for: attributions in it get the outlet as their
 * first hop ("Reuters → Judge Patti Saris"), and the excerpt's last paragraph, if nothing in it is
 * attributed yet, is proposed as the outlet's words. Nothing inside the citation is a claim.
 */
function applyExcerptCitation(
  text: string,
  blocks: TextRange[],
  sentences: TextRange[],
  citation: ExcerptCitation,
  suggestions: Draft[],
): void {
  const bi = blockIndexOf(blocks, citation.citation.start);
  const own = blocks[bi] as TextRange;
  let excerpt: TextRange | null;
  if (citation.excerpt === 'after') {
    excerpt = blocks[bi + 1] ?? null;
  } else if (own.start < citation.citation.start) {
    excerpt = { start: (blocks[bi - 1] ?? own).start, end: citation.citation.start };
  } else {
    excerpt = bi > 0 ? { start: (blocks[Math.max(0, bi - 2)] as TextRange).start, end: (blocks[bi - 1] as TextRange).end } : null;
  }
  for (let i = suggestions.length - 1; i >= 0; i -= 1) {
    const claim = (suggestions[i] as Draft).claim;
    if (claim.start >= citation.citation.start && claim.end <= citation.citation.end) suggestions.splice(i, 1);
  }
  if (!excerpt) return;
  const outletHops = citation.outlets.map((o): ChainHop => {
    const span = { start: o.start, end: o.end, text: o.name };
    return o.mention
      ? registryHop(o.mention.source, span)
      : {
          source: o.name,
          sourceId: null,
          sourceKind: outletKindOfName(o.name) ?? 'website',
          registry: null,
          cited: false,
          span,
          entity: null,
          stance: 'neutral',
        };
  });
  const outletHopsAs = (kind: HopKind): Hop[] => toHops(outletHops, kind);
  let lastLineAttributed = false;
  const lastLine = citation.excerpt === 'after' ? excerpt : (blocks[blockIndexOf(blocks, excerpt.end - 1)] ?? excerpt);
  for (const [i, s] of suggestions.entries()) {
    if (s.kind === 'credit' || s.claim.start < excerpt.start || s.claim.end > excerpt.end) continue;
    if (s.claim.end > lastLine.start) lastLineAttributed = true;
    const first = outletHopsAs(s.kind);
    if (s.hops[0]?.source === first[0]?.source) continue;
    // The outlet reports the whole sentence, its attribution included: "Judge Saris found she had
    // authority …" is what Reuters wrote, about what the judge found.
    const sentence = sentences[indexContaining(sentences, s.claim.start)];
    const claim = sentence && sentence.end >= s.claim.end ? sentenceClaim(text, sentence) : s.claim;
    suggestions[i] = { ...s, claim, source: first[0]!.source, sourceId: first[0]!.sourceId, hops: [...first, ...s.hops] };
  }
  if (lastLineAttributed) return;
  const claimEnd = trimEndPunctuation(text, Math.max(lastLine.start, excerpt.start), Math.min(lastLine.end, excerpt.end));
  const claimStart = Math.max(lastLine.start, excerpt.start);
  if (claimEnd <= claimStart) return;
  const firstOutlet = citation.outlets[0]!;
  suggestions.push({
    source: outletHops[0]!.source,
    sourceId: outletHops[0]!.sourceId,
    mention: { start: firstOutlet.start, end: firstOutlet.end, text: text.slice(firstOutlet.start, firstOutlet.end) },
    cue: null,
    kind: 'quote',
    claim: { start: claimStart, end: claimEnd, text: text.slice(claimStart, claimEnd) },
    hops: outletHopsAs('quote'),
  });
}

function sentenceClaim(text: string, sentence: TextRange): TextSpan {
  const end = trimEndPunctuation(text, sentence.start, sentence.end);
  return { start: sentence.start, end, text: text.slice(sentence.start, end) };
}

// The chain each suggestion was made from, so its people can be named as the whole document names
// them: "Ragan said" early on is Sean Ragan once the text gives his full name.
const chains = new WeakMap<Draft, ChainHop[]>();

function withChain(draft: Draft, chain: ChainHop[]): Draft {
  chains.set(draft, chain);
  return draft;
}

function withFinalNames(draft: Draft): Draft {
  const chain = chains.get(draft);
  if (!chain || chain.length !== draft.hops.length) return draft;
  const hops = draft.hops.map((hop, i) => ({ ...hop, source: chain[i]!.entity?.name ?? hop.source }));
  return { ...draft, source: hops[0]!.source, hops };
}

function clampOffset(offset: number | null, length: number): number | null {
  if (offset === null || !Number.isFinite(offset)) return null;
  return Math.max(0, Math.min(length, Math.floor(offset)));
}

function regionsOf(sentences: TextRange[], begin: number, commentsStart: number | null, end: number): Region[] {
  if (commentsStart === null) return [{ start: begin, end, sentences, comments: false }];
  const article = {
    start: begin,
    end: Math.min(commentsStart, end),
    sentences: sentences.filter((s) => s.start < commentsStart),
    comments: false,
  };
  if (end <= commentsStart) return [article];
  const comments = { start: commentsStart, end, sentences: sentences.filter((s) => s.start >= commentsStart), comments: true };
  return [article, comments];
}

function framesIn(text: string, tokens: Token[], sentence: TextRange): Frame[] {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const finder = isMostlyCyrillic(sentenceText) ? findRussianFrames : isMostlyArabic(sentenceText) ? findArabicFrames : findEnglishFrames;
  return windows(tokens, sentence.end).flatMap((w) => finder(text, w.tokens, w.end));
}

// Real sentences are far shorter; a run-on "sentence" (an unpunctuated comment, junk text) is
// analysed in windows so that the work per sentence stays bounded.
const MAX_SENTENCE_TOKENS = 300;

function windows(tokens: Token[], sentenceEnd: number): { tokens: Token[]; end: number }[] {
  if (tokens.length <= MAX_SENTENCE_TOKENS) return [{ tokens, end: sentenceEnd }];
  const result: { tokens: Token[]; end: number }[] = [];
  let from = 0;
  while (from < tokens.length) {
    let to = Math.min(tokens.length, from + MAX_SENTENCE_TOKENS);
    if (to < tokens.length) {
      // Break after the last clause punctuation in the window, if there is one.
      for (let k = to - 1; k > from + MAX_SENTENCE_TOKENS / 2; k -= 1) {
        const t = tokens[k] as Token;
        if (t.kind === 'punct' && [',', ';', '—', '–', ':'].includes(t.text)) {
          to = k + 1;
          break;
        }
      }
    }
    const slice = tokens.slice(from, to);
    const next = tokens[to];
    result.push({ tokens: slice, end: next ? next.start : sentenceEnd });
    from = to;
  }
  return result;
}

/**
 * A headline or subheading: a line of its own without sentence punctuation. Headlines summarise
 * attributions made in the body ("Yemen's army says it targeted US destroyer"), so proposing them
 * would duplicate the body's claims without their context.
 */
function isHeading(text: string, sentence: TextRange, block: TextRange | undefined): boolean {
  if (!block || block.start !== sentence.start || block.end !== sentence.end) return false;
  const line = text.slice(sentence.start, sentence.end);
  // A line ending in a colon introduces what follows ("He told Sputnik:"); a heading does not.
  if (/[.!?…؟۔"”»)\]:'’]$/u.test(line) || /https?:\/\/\S+$/u.test(line)) return false;
  return line.split(/\s+/u).length <= 25;
}

/** Who the suggestions quote: the last hop's entity of each chain. */
function speakersOf(drafts: Draft[]): Entity[] {
  const entities: Entity[] = [];
  for (const draft of drafts) {
    const entity = chains.get(draft)?.at(-1)?.entity;
    if (entity) entities.push(entity);
  }
  return entities;
}

/** Runs of capitalised name words outside quotations, titles included: "Mr Creed", "Michael Creed". */
function nameRuns(text: string, tokens: Token[]): string[] {
  const runs: string[] = [];
  let from = -1;
  for (let i = 0; i <= tokens.length; i += 1) {
    const t = tokens[i];
    const inName = !!t && (isNameToken(t) || (t.kind === 'word' && /^(?:Mr|Mrs|Ms|Dr)\.?$/u.test(t.text)));
    if (inName && from === -1) from = i;
    if (!inName && from !== -1) {
      runs.push(text.slice((tokens[from] as Token).start, (tokens[i - 1] as Token).end));
      from = -1;
    }
  }
  return runs;
}

/** A blank line between two offsets: a new paragraph, which a quotation's continuation does not cross. */
function paragraphBreak(text: string, from: number, to: number): boolean {
  return /\n[^\S\n]*\r?\n/u.test(text.slice(from, to));
}

function blockIndexOf(blocks: TextRange[], offset: number): number {
  return indexContaining(blocks, offset);
}

/** The paragraph after a block, within the region. */
function nextBlock(blocks: TextRange[], block: number, region: Region): TextRange | null {
  const next = blocks[block + 1];
  return next && next.start < region.end ? next : null;
}

function claimOf(text: string, frame: Frame, previous: TextRange | null, next: TextRange | null): TextSpan | null {
  if (frame.claimInNextBlock) {
    if (!next) return null;
    const end = trimEndPunctuation(text, next.start, next.end);
    return { start: next.start, end, text: text.slice(next.start, end) };
  }
  if (frame.claimInPreviousSentence) {
    if (!previous) return null;
    const trimmed = trimEndPunctuation(text, previous.start, previous.end);
    return { start: previous.start, end: trimmed, text: text.slice(previous.start, trimmed) };
  }
  if (!frame.claim) return null;
  return { ...frame.claim, text: text.slice(frame.claim.start, frame.claim.end) };
}

function toSuggestion(text: string, chain: ChainHop[], kind: HopKind, frame: Frame, claim: TextSpan): Draft {
  const first = chain[0] as ChainHop;
  const mention = first.span ?? frame.speaker.span;
  return {
    source: first.source,
    sourceId: first.sourceId,
    mention: { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end) },
    cue: frame.cue,
    kind: first.cited || first.sourceKind === 'unnamed' ? 'citing' : kind,
    claim,
    hops: toHops(chain, kind),
  };
}

/** A sentence that is nothing but a quotation, right after a quoted attribution, continues it:
 * “A,” he said. “B.” */
function continuationQuote(text: string, tokens: Token[]): TextSpan | null {
  const [first, ...rest] = tokens;
  if (!first || first.kind !== 'quote' || !first.quotation) return null;
  if (!rest.every((t) => t.kind === 'punct')) return null;
  const { innerStart, innerEnd } = first.quotation;
  return { start: innerStart, end: innerEnd, text: text.slice(innerStart, innerEnd) };
}

/** "Abid: My signatures are not very consistent": the labelled person's own words. */
function transcriptSuggestion(discourse: Discourse, line: TranscriptLine, sentence: number): Draft {
  const { entity } = trackNamed(discourse, line.speaker.text, sentence);
  const hop: ChainHop = {
    source: entity.name,
    sourceId: null,
    sourceKind: entity.sourceKind,
    registry: null,
    cited: false,
    span: line.speaker,
    entity,
    stance: 'neutral',
  };
  const end = trimEndPunctuation(line.words.text, 0, line.words.text.length);
  const claim = { start: line.words.start, end: line.words.start + end, text: line.words.text.slice(0, end) };
  return withChain(
    { source: hop.source, sourceId: null, mention: line.speaker, cue: null, kind: 'quote', claim, hops: toHops([hop], 'quote') },
    [hop],
  );
}

function creditSuggestion(credit: Credit): Draft {
  const source = credit.mention.source;
  const hops: ChainHop[] = [registryHop(source, null)];
  if (credit.byline) {
    hops.push({
      source: credit.byline.text,
      sourceId: null,
      sourceKind: 'person',
      registry: null,
      cited: false,
      span: null,
      entity: null,
      stance: 'neutral',
    });
  }
  return {
    source: source.name,
    sourceId: source.id,
    mention: mentionSpan(credit.mention),
    cue: credit.cue,
    kind: 'credit',
    claim: credit.claim,
    hops: toHops(hops, 'credit').map((h) => ({ ...h, kind: 'credit' })),
  };
}

function mentionSpan(m: SourceMention): TextSpan {
  return { start: m.start, end: m.end, text: m.text };
}

/**
 * The claim a link supports: its sentence, or — when the line is only a label and the URL
 * ("Source: https://…") — the paragraph before it, which is what the link is given for.
 */
function linkClaim(text: string, link: UrlSpan, region: Region, blocks: TextRange[]): TextSpan | null {
  const sentence = region.sentences[indexContaining(region.sentences, link.start)];
  if (!sentence || link.end > sentence.end) return null;
  const rest = (text.slice(sentence.start, link.start) + text.slice(link.end, sentence.end)).trim();
  const wordCount = rest.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (wordCount <= 3) {
    const bi = blockIndexOf(blocks, sentence.start);
    const previous = bi > 0 ? blocks[bi - 1] : undefined;
    if (previous && previous.start >= region.start) {
      return { start: previous.start, end: previous.end, text: text.slice(previous.start, previous.end) };
    }
  }
  const end = trimEndPunctuation(text, sentence.start, sentence.end);
  return { start: sentence.start, end, text: text.slice(sentence.start, end) };
}

function trimEndPunctuation(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:]/u.test(text[e - 1] as string)) e -= 1;
  return e;
}

/** One suggestion per (claim span, source chain); a chain that another extends is dropped. */
function dedupe<T extends Draft>(suggestions: T[]): T[] {
  const byClaim = new Map<string, T[]>();
  for (const s of suggestions) {
    const claimKey = `${s.claim.start}:${s.claim.end}`;
    const group = byClaim.get(claimKey) ?? [];
    if (!group.some((o) => chainIdentity(o.hops) === chainIdentity(s.hops))) group.push(s);
    byClaim.set(claimKey, group);
  }
  const kept: T[] = [];
  for (const group of byClaim.values()) {
    for (const s of group) {
      const extended = group.some((o) => o !== s && o.kind === s.kind && extendsChain(o.hops, s.hops));
      if (!extended) kept.push(s);
    }
  }
  return kept.sort((a, b) => a.claim.start - b.claim.start || a.mention.start - b.mention.start);
}
