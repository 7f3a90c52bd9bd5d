import { setClaim } from './claim-span.js';
import { type Frame, newFrame } from './frame.js';
import { spanOf, type Speaker } from './speaker-phrase.js';
import { isPunct, type Token } from './tokens.js';

// Russian wire copy attributes with a small, regular vocabulary. "Передал" is left out: it also
// means "handed over", while the present "передает" in news copy means "reports". Word order is free, so the
// speaker is looked for on both sides of the verb, and the tense decides whether an agency next
// to the verb is the speaker ("сообщает ТАСС", TASS reports) or the recipient ("сообщил ТАСС
// источник", a source told TASS).
const PAST_VERB =
  /^(?:сообщил|заявил|рассказал|назвал|написал|писал|отметил|подчеркнул|уточнил|добавил|сказал|подтвердил|предупредил|объявил|процитировал|утверждал|пояснил|указал|опроверг|признал|заверил)(?:а|о|и|ла|ли)?$/u;
const PRESENT_VERB =
  /^(?:сообщает|сообщают|заявляет|заявляют|передает|передаёт|передают|пишет|пишут|информирует|цитирует|утверждает|утверждают|отмечает|отмечают|подчеркивает|уточняет|добавляет|рассказывает|указывает|публикует)$/u;
const ACCORDING = [
  ['по', 'данным'],
  ['по', 'словам'],
  ['по', 'информации'],
  ['по', 'сообщению'],
  ['по', 'сведениям'],
  ['по', 'оценкам'],
  ['согласно'],
];
const CITING = [
  ['со', 'ссылкой', 'на'],
  ['ссылаясь', 'на'],
];
const RECIPIENTS = new Set([
  'журналистам',
  'репортерам',
  'репортёрам',
  'корреспонденту',
  'агентству',
  'изданию',
  'телеканалу',
  'газете',
  'журналисту',
]);
const ADVERBS = new Set([
  'в',
  'во',
  'по',
  'ранее',
  'также',
  'уже',
  'позднее',
  'позже',
  'вчера',
  'сегодня',
  'накануне',
  'телефону',
  'понедельник',
  'вторник',
  'среду',
  'четверг',
  'пятницу',
  'субботу',
  'воскресенье',
  'официально',
  'журналистам',
]);
const LEADING_NOISE = new Set(['как', 'ранее', 'также', 'об', 'этом', 'кроме', 'того', 'в', 'во', 'при', 'этом', 'однако', 'между', 'тем']);
const UNNAMED_STEMS =
  /^(?:источник|собеседник|чиновник|представител|эксперт|аналитик|командир|осведомл|информированн|дипломат|военнослужащ|очевид|свидетел|жител|один|одна|одного|сотрудник|военн|силовик)/u;
// Singular only: "турецких чиновников" (Turkish officials) introduces new anonymous sources.
const ROLE_STEMS =
  /^(?:дипломат(?:а|у|ом)?|министр(?:а|у|ом)?|представител(?:ь|я|ю|ем)|пресс-секретар(?:ь|я|ю|ем)|посла?|глав(?:а|ы)|источник(?:а|у|ом)?|собеседник(?:а|у|ом)?|спикер(?:а|у)?)$/u;
const PREPOSITIONS = new Set(['в', 'во', 'на', 'по', 'с', 'со', 'из', 'у', 'для', 'перед', 'при', 'о', 'об', 'к', 'после']);
const MAX_PHRASE = 200;
const OUTLET_WORDS = /^(?:издание|издания|газета|газеты|агентство|агентства|телеканал|телеканала|портал|сайт|радиостанция)$/u;
const PRONOUNS: Record<string, string> = { он: 'he', она: 'she', они: 'they' };

export function isMostlyCyrillic(text: string): boolean {
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return cyrillic > latin;
}

/** Attributions in one Russian sentence, with their claims. */
export function findRussianFrames(text: string, tokens: Token[], sentenceEnd: number): Frame[] {
  const frames: Frame[] = [];
  const startsWithOb = isWordAt(tokens, 0, 'об') && isWordAt(tokens, 1, 'этом');
  for (let v = 0; v < tokens.length; v += 1) {
    const according = matchPhrase(tokens, v, ACCORDING);
    if (according) {
      const frame = accordingFrame(text, tokens, v, according, sentenceEnd);
      if (frame) frames.push(frame);
      v += according - 1;
      continue;
    }
    const t = tokens[v] as Token;
    if (t.kind !== 'word') continue;
    const past = PAST_VERB.test(t.lower);
    const present = PRESENT_VERB.test(t.lower);
    if (!past && !present) continue;
    const frame = verbFrame(text, tokens, v, past, sentenceEnd);
    if (!frame) continue;
    if (startsWithOb && frame.claim === null) {
      frame.claimInPreviousSentence = true;
      frame.claimPosition = 'previous';
    }
    if (frame.claim || frame.claimInPreviousSentence) frames.push(frame);
  }
  return frames;
}

function verbFrame(text: string, tokens: Token[], v: number, past: boolean, sentenceEnd: number): Frame | null {
  const clauseStart = clauseStartBefore(tokens, v);
  const { speakerPart, cited: citedBefore } = splitCiting(tokens, clauseStart, v);
  const before = trimNoise(tokens, speakerPart.start, speakerPart.end);

  let j = v + 1;
  while (
    j < tokens.length &&
    tokens[j]?.kind === 'word' &&
    (ADVERBS.has((tokens[j] as Token).lower) || RECIPIENTS.has((tokens[j] as Token).lower))
  )
    j += 1;
  let agencyAfter: Token | null = null;
  if (tokens[j]?.kind === 'mention') {
    agencyAfter = tokens[j] as Token;
    j += 1;
  }
  while (j < tokens.length && tokens[j]?.kind === 'word' && ADVERBS.has((tokens[j] as Token).lower)) j += 1;
  const afterEnd = chunkEnd(tokens, j);
  const { speakerPart: afterPart, cited: citedAfter } = splitCiting(tokens, j, afterEnd);

  const beforeSpeaker = before.end > before.start ? classifyRussian(text, tokens, before.start, before.end) : null;
  const afterSpeaker = afterPart.end > afterPart.start ? classifyRussian(text, tokens, afterPart.start, afterPart.end) : null;
  const agency: Speaker | null = agencyAfter?.mention
    ? {
        type: 'registry',
        mention: agencyAfter.mention,
        span: spanOf(text, tokens, tokens.indexOf(agencyAfter), tokens.indexOf(agencyAfter) + 1),
      }
    : null;

  let speaker: Speaker | null;
  let outlet: Speaker | null = null;
  const other = afterSpeaker ?? beforeSpeaker;
  if (agency && past && other) {
    speaker = other;
    outlet = agency;
  } else if (agency) {
    speaker = agency;
  } else {
    speaker = beforeSpeaker ?? afterSpeaker;
  }
  if (!speaker) return null;

  // "Крылова назвала провокацией заявления Киева": what follows the verb is the claim when it
  // is not the speaker.
  const directFrom = speaker !== afterSpeaker && afterPart.end > afterPart.start && !citedAfter.length ? j : null;
  const frame = newFrame({
    cue: spanOf(text, tokens, v, v + 1),
    cueIndex: v,
    speaker,
    frameStart: before.end > before.start ? before.start : v,
    afterIndex: directFrom ?? afterEnd,
    outlet,
    cited: [...citedBefore, ...citedAfter].map(
      (c) => classifyRussian(text, tokens, c.start, c.end) ?? literalSpeaker(text, tokens, c.start, c.end),
    ),
  });
  assignRussianClaim(text, tokens, frame, clauseStart, sentenceEnd, directFrom !== null);
  return frame;
}

function accordingFrame(text: string, tokens: Token[], v: number, length: number, sentenceEnd: number): Frame | null {
  const from = v + length;
  const end = chunkEnd(tokens, from);
  const speaker = classifyRussian(text, tokens, from, end);
  if (!speaker) return null;
  const frame = newFrame({
    cue: spanOf(text, tokens, v, v + length),
    cueIndex: v,
    speaker,
    frameStart: v,
    afterIndex: end,
    citing: true,
  });
  if (isPunct(tokens[end], ',') && end + 1 < tokens.length) {
    setClaim(text, frame, (tokens[end + 1] as Token).start, sentenceEnd, 'after', tokens);
  } else if (v > 0) {
    setClaim(text, frame, (tokens[0] as Token).start, (tokens[v] as Token).start, 'before', tokens);
  }
  return frame.claim ? frame : null;
}

function assignRussianClaim(text: string, tokens: Token[], frame: Frame, clauseStart: number, sentenceEnd: number, direct: boolean): void {
  // «Цитата», — заявил X.
  let k = frame.frameStart - 1;
  while (k >= 0 && isPunct(tokens[k], ',', '—', '–', '-')) k -= 1;
  const quoted = tokens[k];
  if (quoted?.kind === 'quote' && quoted.quotation) {
    setClaim(text, frame, quoted.quotation.innerStart, quoted.quotation.innerEnd, 'quote', tokens);
    return;
  }
  const after = frame.afterIndex;
  // X заявил, что …  /  X заявил: «…»
  if (isPunct(tokens[after], ',') && isWordAt(tokens, after + 1, 'что') && after + 2 < tokens.length) {
    setClaim(text, frame, (tokens[after + 2] as Token).start, sentenceEnd, 'after', tokens);
    return;
  }
  if (isPunct(tokens[after], ':') && tokens[after + 1]?.kind === 'quote') {
    const q = (tokens[after + 1] as Token).quotation;
    if (q) setClaim(text, frame, q.innerStart, q.innerEnd, 'quote', tokens);
    return;
  }
  // Как сообщил X, …
  if (isWordAt(tokens, clauseStart, 'как') && isPunct(tokens[after], ',') && after + 1 < tokens.length) {
    setClaim(text, frame, (tokens[after + 1] as Token).start, sentenceEnd, 'after', tokens);
    return;
  }
  if (direct && after < tokens.length) {
    setClaim(text, frame, (tokens[after] as Token).start, sentenceEnd, 'direct', tokens);
    return;
  }
  // …, сообщает X.
  if (clauseStart > 0 && isPunct(tokens[clauseStart - 1], ',') && (after >= tokens.length || isPunct(tokens[after], '.'))) {
    setClaim(text, frame, (tokens[0] as Token).start, (tokens[clauseStart - 1] as Token).start, 'before', tokens);
  }
}

function classifyRussian(text: string, tokens: Token[], from: number, to: number): Speaker | null {
  if (to <= from) return null;
  const words = tokens.slice(from, to);
  const span = spanOf(text, tokens, from, to);
  const first = words[0] as Token;
  if (words.length === 1 && first.kind === 'word' && PRONOUNS[first.lower]) {
    return { type: 'anaphor', head: PRONOUNS[first.lower] as string, pronoun: true, span };
  }
  if (span.text.length > MAX_PHRASE) return null;
  const mention = words.find((t) => t.kind === 'mention')?.mention ?? null;
  const unnamed = words.some((t) => t.kind === 'word' && UNNAMED_STEMS.test(t.lower));
  const hasCapital = words.some((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text));
  // "по словам дипломата", "источник уточнил": a bare role refers back to someone named
  // earlier, or else is an anonymous source.
  if (!mention && words.length === 1) {
    const role = words.find((t) => t.kind === 'word' && ROLE_STEMS.test(t.lower));
    if (role) {
      const head = /^источник/u.test(role.lower) ? 'источник' : 'official';
      return { type: 'anaphor', head, pronoun: false, span, orUnnamed: true };
    }
  }
  // Outlets are often named in guillemets: издание «Украинская правда».
  const quoted = words[words.length - 1];
  if (
    !mention &&
    quoted?.kind === 'quote' &&
    quoted.quotation &&
    words.slice(0, -1).every((t) => t.kind === 'word' && OUTLET_WORDS.test(t.lower))
  ) {
    const { innerStart, innerEnd } = quoted.quotation;
    const inner = { start: innerStart, end: innerEnd, text: text.slice(innerStart, innerEnd) };
    return { type: 'named', name: inner.text, span: inner, affiliation: null };
  }
  // The name ends before a prepositional phrase: "Денис Орлов в своем Telegram-канале".
  const prepositionAt = words.findIndex((t, i) => i > 0 && t.kind === 'word' && PREPOSITIONS.has(t.lower));
  const core = prepositionAt > 0 ? words.slice(0, prepositionAt) : words;
  // A personal name ends the phrase ("… по обороне Виктор Сомов") or its core.
  const fullRun = trailingCapitalised(words);
  const coreRun = fullRun >= 2 ? fullRun : trailingCapitalised(core);
  const coreSpan = fullRun >= 2 ? span : spanOf(text, tokens, from, from + core.length);
  if (mention) {
    if (coreRun >= 2) return { type: 'named', name: coreSpan.text, span: coreSpan, affiliation: mention };
    if (unnamed) return { type: 'unnamed', name: span.text, span, affiliation: mention, officialVoice: false };
    return { type: 'registry', mention, span: { start: mention.start, end: mention.end, text: mention.text } };
  }
  if (coreRun >= 2) return { type: 'named', name: coreSpan.text, span: coreSpan, affiliation: null };
  if (unnamed) return { type: 'unnamed', name: span.text, span, affiliation: null, officialVoice: false };
  if (hasCapital && coreRun === 1 && core.length <= 2 && /^\p{Lu}/u.test(first.text)) {
    return { type: 'named', name: coreSpan.text, span: coreSpan, affiliation: null };
  }
  return null;
}

function literalSpeaker(text: string, tokens: Token[], from: number, to: number): Speaker {
  const span = spanOf(text, tokens, from, to);
  return { type: 'named', name: span.text, span, affiliation: null };
}

/** Capitalised words at the end of a phrase: a personal name ("… Андрей Соколов"). */
function trailingCapitalised(words: Token[]): number {
  let n = 0;
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const t = words[i] as Token;
    if (t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text)) n += 1;
    else break;
  }
  return n;
}

// Phrase scans are bounded so that a run-on "sentence" stays linear.
const MAX_CHUNK = 40;

function clauseStartBefore(tokens: Token[], v: number): number {
  const floor = Math.max(0, v - MAX_CHUNK);
  for (let j = v - 1; j >= floor; j -= 1) {
    const t = tokens[j] as Token;
    // A quotation ends a clause («…», — сказал он), unless it is a name (издание «…» пишет).
    const endsClause = t.kind === 'quote' && (j + 1 === v || isPunct(tokens[j + 1], ',', '—', '–'));
    if (endsClause || isPunct(t, ',', '—', '–', ';', ':')) return j + 1;
  }
  return floor;
}

function chunkEnd(tokens: Token[], from: number): number {
  let i = from;
  const limit = Math.min(tokens.length, from + MAX_CHUNK);
  while (i < limit) {
    const t = tokens[i] as Token;
    if (t.kind === 'quote' || isPunct(t, ',', '.', ';', ':', '—', '–', '!', '?')) break;
    i += 1;
  }
  return i;
}

function trimNoise(tokens: Token[], from: number, to: number): { start: number; end: number } {
  let s = from;
  while (s < to && tokens[s]?.kind === 'word' && LEADING_NOISE.has((tokens[s] as Token).lower)) s += 1;
  return { start: s, end: to };
}

function splitCiting(
  tokens: Token[],
  from: number,
  to: number,
): { speakerPart: { start: number; end: number }; cited: { start: number; end: number }[] } {
  for (let i = from; i < to; i += 1) {
    const length = matchPhrase(tokens, i, CITING);
    if (length) {
      const citedEnd = Math.min(to, chunkEnd(tokens, i + length));
      let end = citedEnd;
      for (let k = i + length; k < citedEnd; k += 1) {
        const t = tokens[k] as Token;
        if (t.kind === 'word' && (PAST_VERB.test(t.lower) || PRESENT_VERB.test(t.lower))) {
          end = k;
          break;
        }
      }
      return { speakerPart: { start: from, end: i }, cited: end > i + length ? [{ start: i + length, end }] : [] };
    }
  }
  return { speakerPart: { start: from, end: to }, cited: [] };
}

function matchPhrase(tokens: Token[], at: number, phrases: string[][]): number {
  for (const phrase of phrases) {
    if (phrase.every((word, k) => isWordAt(tokens, at + k, word))) return phrase.length;
  }
  return 0;
}

function isWordAt(tokens: Token[], at: number, lower: string): boolean {
  const t = tokens[at];
  return !!t && t.kind === 'word' && t.lower === lower;
}
