import { setClaim } from './claim-span.js';
import { type Frame, newFrame } from './frame.js';
import { spanOf, type Speaker } from './speaker-phrase.js';
import { isPunct, type Token } from './tokens.js';

// Arabic comments and captions quote outlets in a few fixed ways: "قالت قناة الجزيرة إن …"
// (verb first), "الجزيرة قالت إن …", "نقلت وكالة سانا عن مصدر …", "بحسب رويترز، …". Only registry
// outlets are recognised as speakers: Arabic names cannot be told from common words without a
// morphological analyser, and a wrong person is worse than none.
const VERBS = new Set([
  'قال',
  'قالت',
  'ذكر',
  'ذكرت',
  'أفاد',
  'أفادت',
  'أعلن',
  'أعلنت',
  'نقل',
  'نقلت',
  'أكد',
  'أكدت',
  'صرح',
  'صرحت',
  'أوضح',
  'أوضحت',
  'زعم',
  'زعمت',
  'كشف',
  'كشفت',
  'أشار',
  'أشارت',
]);
const RELAY_VERBS = new Set(['نقل', 'نقلت']);
const ACCORDING = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'وفقاً']);
const COMPLEMENTIZERS = new Set(['إن', 'أن', 'بأن', 'ان']);
const CONJUNCTION_PREFIX = /^[وف](?=\p{L}{2,})/u;

export function isMostlyArabic(text: string): boolean {
  const arabic = (text.match(/\p{Script=Arabic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return arabic > latin;
}

export function findArabicFrames(text: string, tokens: Token[], sentenceEnd: number): Frame[] {
  const frames: Frame[] = [];
  for (let v = 0; v < tokens.length; v += 1) {
    const t = tokens[v] as Token;
    if (t.kind !== 'word') continue;
    const word = t.text.replace(CONJUNCTION_PREFIX, '');
    if (ACCORDING.has(word)) {
      const frame = accordingFrame(text, tokens, v, sentenceEnd);
      if (frame) frames.push(frame);
      continue;
    }
    if (!VERBS.has(word) && !VERBS.has(t.text)) continue;
    const mentionIndex = nearbyMention(tokens, v);
    if (mentionIndex === null) continue;
    const mentionToken = tokens[mentionIndex] as Token;
    const speaker: Speaker = {
      type: 'registry',
      mention: mentionToken.mention!,
      span: spanOf(text, tokens, mentionIndex, mentionIndex + 1),
    };
    let after = Math.max(v, mentionIndex) + 1;
    let relay: Speaker | null = null;
    if (RELAY_VERBS.has(word) && tokens[after]?.text === 'عن') {
      let end = after + 1;
      while (end < tokens.length && tokens[end]?.kind === 'word' && !COMPLEMENTIZERS.has((tokens[end] as Token).text)) end += 1;
      if (end > after + 1) {
        const span = spanOf(text, tokens, after + 1, end);
        relay = { type: 'unnamed', name: span.text, span, affiliation: null, officialVoice: false };
        after = end;
      }
    }
    const frame = newFrame({
      cue: spanOf(text, tokens, v, v + 1),
      cueIndex: v,
      speaker,
      frameStart: Math.min(v, mentionIndex),
      afterIndex: after,
      relay,
    });
    let claimStart = after;
    if (tokens[claimStart]?.kind === 'word' && COMPLEMENTIZERS.has((tokens[claimStart] as Token).text)) claimStart += 1;
    if (isPunct(tokens[claimStart], ':', '،') && tokens[claimStart + 1]?.kind === 'quote') {
      const q = (tokens[claimStart + 1] as Token).quotation!;
      setClaim(text, frame, q.innerStart, q.innerEnd, 'quote', tokens);
    } else if (claimStart < tokens.length) {
      setClaim(text, frame, (tokens[claimStart] as Token).start, sentenceEnd, 'after', tokens);
    }
    if (frame.claim) frames.push(frame);
  }
  return frames;
}

/** The outlet named right before or after the verb, allowing a word such as "قناة" (channel). */
function nearbyMention(tokens: Token[], v: number): number | null {
  for (const offset of [1, 2, -1, -2]) {
    const t = tokens[v + offset];
    if (t?.kind === 'mention' && t.mention) return v + offset;
  }
  return null;
}

function accordingFrame(text: string, tokens: Token[], v: number, sentenceEnd: number): Frame | null {
  let m = v + 1;
  if (tokens[m]?.kind === 'word' && tokens[m + 1]?.kind === 'mention') m += 1;
  const t = tokens[m];
  if (t?.kind !== 'mention' || !t.mention) return null;
  const frame = newFrame({
    cue: spanOf(text, tokens, v, v + 1),
    cueIndex: v,
    speaker: { type: 'registry', mention: t.mention, span: spanOf(text, tokens, m, m + 1) },
    frameStart: v,
    afterIndex: m + 1,
    citing: true,
  });
  let start = m + 1;
  while (isPunct(tokens[start], ',', '،')) start += 1;
  if (start < tokens.length) setClaim(text, frame, (tokens[start] as Token).start, sentenceEnd, 'after', tokens);
  else if (v > 0) setClaim(text, frame, (tokens[0] as Token).start, (tokens[v] as Token).start, 'before', tokens);
  return frame.claim ? frame : null;
}
