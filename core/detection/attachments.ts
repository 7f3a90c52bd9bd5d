import { type Frame, newFrame } from './frame.js';
import { DEMONYMS, DETERMINERS, MEDIA_ROLE_NOUNS, NON_OUTLET_RECIPIENTS, NP_MODIFIERS, OUTLET_INTRODUCERS } from './lexicon.js';
import { outletKindOfName } from './names.js';
import { classifySpeaker, phraseEndAfter, spanOf, type Speaker } from './speaker-phrase.js';
import { isPunct, isWord, type Token } from './tokens.js';

// Introducers by their first word, so each token is checked against the few that may start there.
const INTRODUCERS_BY_FIRST_WORD = new Map<string, (readonly string[])[]>();
for (const intro of OUTLET_INTRODUCERS) {
  const first = intro[0] as string;
  INTRODUCERS_BY_FIRST_WORD.set(first, [...(INTRODUCERS_BY_FIRST_WORD.get(first) ?? []), intro]);
}

const OUTLET_NOUNS = [
  'website',
  'site',
  'newspaper',
  'magazine',
  'tabloid',
  'daily',
  'weekly',
  'channel',
  'station',
  'broadcaster',
  'podcast',
  'blog',
];
const PASSIVE_INTRODUCERS = new Set(['carried', 'published', 'quoted', 'cited', 'reported', 'broadcast', 'aired']);

interface Attachment {
  index: number;
  speaker: Speaker;
  passive: boolean;
  /** The second of "told CNN's “State of the Union” and CBS News' “Face the Nation”". */
  coordinated?: boolean;
}

/**
 * Outlets ("told AFP", "in a statement carried by SANA", "quoted by The Times of Israel") and
 * cited sources ("citing Arab sources") are found on their own and then given to the attribution
 * they belong to, because they appear before, inside or after it.
 */
export function attachOutletsAndCitations(text: string, tokens: Token[], frames: Frame[]): void {
  for (const outlet of findOutlets(text, tokens)) {
    const frame = frameForOutlet(frames, outlet.index);
    if (frame && outlet.coordinated) {
      if (frame.outlet && !sameSource(frame.outlet, outlet.speaker)) frame.coOutlets.push(outlet.speaker);
    } else if (frame) {
      if (!frame.outlet && !sameSource(frame.speaker, outlet.speaker)) {
        frame.outlet = outlet.speaker;
        frame.outletIndex = outlet.index;
      }
    } else if (outlet.passive && outlet.speaker.type === 'registry') {
      // "…, as reported by Reuters": the outlet alone is the attribution.
      const start = isWord(tokens[outlet.index - 1], 'as') ? outlet.index - 1 : outlet.index;
      frames.push(
        newFrame({
          cue: spanOf(text, tokens, start, outlet.index + 2),
          cueIndex: outlet.index,
          speaker: outlet.speaker,
          frameStart: start,
          afterIndex: tokenIndexAt(tokens, outlet.speaker.span.end),
        }),
      );
    }
  }
  for (const citation of findCitations(text, tokens)) {
    const frame = frameForCitation(frames, citation.index);
    if (frame && !sameSource(frame.speaker, citation.speaker)) frame.cited.push(citation.speaker);
  }
}

function findOutlets(text: string, tokens: Token[]): Attachment[] {
  const found: Attachment[] = [];
  // "On “State of the Union,” Paul added, …": a programme or outlet opening the sentence.
  if (isWord(tokens[0], 'on')) {
    const speaker = outletAfter(text, tokens, 1);
    const after = speaker ? tokenIndexAt(tokens, speaker.span.end) : -1;
    if (speaker && speaker.type === 'registry' && isPunct(tokens[after] ?? tokens[after + 1], ',', '"', '”'))
      found.push({ index: 0, speaker, passive: false });
  }
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i] as Token;
    if (first.kind !== 'word') continue;
    for (const intro of INTRODUCERS_BY_FIRST_WORD.get(first.lower) ?? []) {
      if (!intro.every((word, k) => tokens[i + k]?.kind === 'word' && tokens[i + k]?.lower === word)) continue;
      if ((intro[0] === 'told' || intro[0] === 'tells') && (tokens[i] as Token).text !== intro[0]) continue;
      const speaker = outletAfter(text, tokens, i + intro.length);
      if (speaker) {
        found.push({ index: i, speaker, passive: PASSIVE_INTRODUCERS.has(intro[0] as string) && intro[1] === 'by' });
        const also = coordinatedOutlet(text, tokens, speaker);
        if (also) found.push({ index: i, speaker: also, passive: false, coordinated: true });
      }
      break;
    }
  }
  return found;
}

/** "CNN's “State of the Union” and CBS News' “Face the Nation”": the outlet after "and". */
function coordinatedOutlet(text: string, tokens: Token[], first: Speaker): Speaker | null {
  let j = tokenIndexAt(tokens, first.span.end);
  // The first outlet's programme, in quotation marks or not.
  while (j < tokens.length && (isPunct(tokens[j], '"', '“', '”') || tokens[j]?.mention?.aliasKind === 'programme')) j += 1;
  if (!isWord(tokens[j], 'and')) return null;
  const second = outletAfter(text, tokens, j + 1);
  return second?.type === 'registry' ? second : null;
}

/** The outlet right after an introducer, past determiners and modifiers ("the state-run …"). */
function outletAfter(text: string, tokens: Token[], from: number): Speaker | null {
  let j = from;
  // told “Face the Nation”: the programme is quoted.
  while (isPunct(tokens[j], '“', '"', '«')) j += 1;
  while (j < Math.min(tokens.length, from + 4)) {
    const t = tokens[j] as Token;
    if (t.kind === 'mention' || t.kind !== 'word') break;
    if (NON_OUTLET_RECIPIENTS.has(t.lower)) return null;
    const modifier =
      DETERMINERS.has(t.lower) ||
      NP_MODIFIERS.has(t.lower) ||
      DEMONYMS.has(t.lower) ||
      /-(?:based|run|owned|language|funded|backed)$/u.test(t.lower);
    if (!modifier) break;
    j += 1;
  }
  const t = tokens[j];
  if (t?.kind === 'mention' && t.mention) {
    return { type: 'registry', mention: t.mention, span: spanOf(text, tokens, j, j + 1) };
  }
  const named = outletName(text, tokens, j, from);
  if (named) return named;
  // "told the agency", "told the Qatar-based broadcaster": a back-reference to an outlet. "news"
  // and "agency" are modifiers too ("the news agency Anadolu"), so the head may already be behind.
  if (!isWord(tokens[from], 'the')) return null;
  let head = t?.kind === 'word' && MEDIA_ROLE_NOUNS.has(t.lower) ? j : j - 1;
  if (head <= from || !MEDIA_ROLE_NOUNS.has(tokens[head]?.lower ?? '') || tokens[head]?.kind !== 'word') return null;
  // "the Russia-based news outlet": the last noun is the head.
  while (tokens[head + 1]?.kind === 'word' && MEDIA_ROLE_NOUNS.has((tokens[head + 1] as Token).lower)) head += 1;
  return { type: 'anaphor', head: (tokens[head] as Token).lower, pronoun: false, span: spanOf(text, tokens, from, head + 1) };
}

/**
 * An outlet the registry does not know, named after "told" or "in an interview with": a name
 * that says it is an outlet ("the Columbus Dispatch", "The Daily Caller News Foundation"), a
 * run-together brand ("TheDC", "HuffPost") or a broadcaster's call letters ("KNXV").
 */
function outletName(text: string, tokens: Token[], from: number, phraseStart: number): Speaker | null {
  let end = from;
  while (end < tokens.length && end - from < 6 && isOutletNameWord(tokens[end] as Token, end === from)) end += 1;
  if (end === from) return null;
  const name = spanOf(text, tokens, from, end);
  const single = end - from === 1 ? (tokens[from] as Token).text : null;
  const brand = single !== null && (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(single) || /^[KW][A-Z]{2,3}$/u.test(single));
  // "the Jezebel website", "Vanity Fair magazine": the noun after the name says what it is.
  const described = isWord(tokens[end], ...OUTLET_NOUNS);
  if (!brand && !described && !outletKindOfName(name.text)) return null;
  if (described)
    return { type: 'named', name: name.text, span: spanOf(text, tokens, phraseStart, end + 1), affiliation: null, outlet: true };
  // The span takes in "the", so a claim after "told the Harbour Gazette" starts after it.
  return { type: 'named', name: name.text, span: spanOf(text, tokens, phraseStart, end), affiliation: null, outlet: true };
}

function isOutletNameWord(token: Token, first: boolean): boolean {
  if (token.kind !== 'word' || token.possessive) return false;
  if (/^\p{Lu}/u.test(token.text)) return true;
  // "Fox 4 News", "the New York Times' website" stop at the possessive.
  return !first && (/^\d+$/u.test(token.text) || ['of', 'the', 'and'].includes(token.text));
}

function findCitations(text: string, tokens: Token[]): Attachment[] {
  const found: Attachment[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (!isWord(t, 'citing', 'quoting')) continue;
    let end = phraseEndAfter(tokens, i + 1, tokens.length);
    for (let j = i + 1; j < end; j += 1) {
      if (isWord(tokens[j], 'as') && isWord(tokens[j + 1], 'saying')) {
        end = j;
        break;
      }
    }
    if (end <= i + 1) continue;
    // Whatever is cited is a source ("citing eyewitnesses", "citing data from the navy"), even
    // when the phrase is not a recognisable speaker.
    const speaker = classifySpeaker(text, tokens, i + 1, end) ?? asWritten(text, tokens, i + 1, end);
    if (!(speaker.type === 'anaphor' && speaker.pronoun)) found.push({ index: i, speaker, passive: false });
  }
  return found;
}

function asWritten(text: string, tokens: Token[], from: number, to: number): Speaker {
  const span = spanOf(text, tokens, from, to);
  const named = tokens.slice(from, to).some((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text));
  return named
    ? { type: 'named', name: span.text, span, affiliation: null }
    : { type: 'unnamed', name: span.text, span, affiliation: null, officialVoice: false };
}

function frameForOutlet(frames: Frame[], index: number): Frame | null {
  const speaking = frames.filter((f) => !f.citing);
  const own = speaking.find((f) => f.cueIndex === index);
  if (own) return own;
  const inside = speaking.find((f) => f.frameStart <= index && index < f.cueIndex);
  if (inside) return inside;
  const first = speaking.reduce<Frame | null>((a, f) => (!a || f.frameStart < a.frameStart ? f : a), null);
  if (first && index < first.frameStart) return first;
  return nearestBefore(speaking, index);
}

function frameForCitation(frames: Frame[], index: number): Frame | null {
  const speaking = frames.filter((f) => !f.citing || f.cueIndex < index);
  const inside = speaking.find((f) => f.frameStart <= index && index < f.cueIndex);
  if (inside) return inside;
  const before = nearestBefore(speaking, index);
  if (before) return before;
  return speaking.find((f) => f.cueIndex > index) ?? null;
}

function nearestBefore(frames: Frame[], index: number): Frame | null {
  let best: Frame | null = null;
  for (const f of frames) if (f.cueIndex < index && (!best || f.cueIndex > best.cueIndex)) best = f;
  return best;
}

function sameSource(a: Speaker, b: Speaker): boolean {
  return a.type === 'registry' && b.type === 'registry' && a.mention.source.id === b.mention.source.id;
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i === -1 ? tokens.length : i;
}
