import type { TextDirection } from '../domain.js';
import { STOP_WORDS } from './stop-words.js';

/** Characters of the text examined; a few paragraphs decide as well as a whole book. */
const SAMPLE = 20_000;
const MIN_LETTERS = 20;
const MIN_SCORE = 3;
/** How far ahead of the runner-up the winner must be to be trusted. */
const MARGIN = 1.3;

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'sd', 'ug', 'ckb', 'dv']);

type Script =
  'latin' | 'cyrillic' | 'arabic' | 'hebrew' | 'greek' | 'han' | 'kana' | 'hangul' | 'devanagari' | 'thai' | 'armenian' | 'georgian';

const SCRIPTS: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['greek', /\p{Script=Greek}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['georgian', /\p{Script=Georgian}/u],
];

/** Scripts written in one language for our purposes. */
const SINGLE_LANGUAGE: Partial<Record<Script, string>> = {
  hebrew: 'he',
  greek: 'el',
  kana: 'ja',
  han: 'zh',
  hangul: 'ko',
  devanagari: 'hi',
  thai: 'th',
  armenian: 'hy',
  georgian: 'ka',
};

const CANDIDATES: Partial<Record<Script, string[]>> = {
  latin: ['en', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'tr'],
  cyrillic: ['ru', 'uk'],
  arabic: ['ar', 'fa', 'ur'],
};

// Letters only one language of a script group uses; each word containing one adds to the score.
const DISTINCT_LETTERS: Record<string, RegExp> = {
  tr: /[ğış]/,
  de: /ß/,
  es: /[ñ¿¡]/,
  pt: /[ãõ]/,
  fr: /[œç]|[èêë]\p{L}/u,
  uk: /[іїєґ]/,
  ru: /[ыэъё]/,
  fa: /[پچژگیک]/,
  ar: /[ةيكىأإ]/,
  ur: /[ےںٹڈڑہھ]/,
};

const STOP_SETS = Object.fromEntries(Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words)]));

export interface DetectedLanguage {
  language: string | null;
  direction: TextDirection;
}

/**
 * The language of a text from its script and, where several languages share the script, from
 * counts of their commonest words and their distinctive letters. Too little text or no clear
 * winner gives null; a declared language (HTML lang, document properties) fills that gap but
 * does not overrule a clear detection, because page templates often declare "en" regardless.
 */
export function detectLanguage(text: string, declared: string | undefined): DetectedLanguage {
  const sample = text.slice(0, SAMPLE);
  const script = dominantScript(sample);
  const detected = script ? languageOfScript(script, sample) : null;
  const language = detected ?? normaliseLanguageTag(declared);
  const rtlScript = script === 'arabic' || script === 'hebrew';
  const direction: TextDirection = (language ? RTL_LANGUAGES.has(language) : rtlScript) ? 'rtl' : 'ltr';
  return { language, direction };
}

function dominantScript(sample: string): Script | null {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (const char of sample) {
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    for (const [script, pattern] of SCRIPTS) {
      if (pattern.test(char)) {
        counts.set(script, (counts.get(script) ?? 0) + 1);
        break;
      }
    }
  }
  if (letters < MIN_LETTERS) return null;
  let best: Script | null = null;
  for (const [script, count] of counts) if (best === null || count > counts.get(best)!) best = script;
  // Japanese mixes kana with many Han characters; any real amount of kana means Japanese.
  if (best === 'han' && (counts.get('kana') ?? 0) > letters * 0.05) return 'kana';
  return best;
}

function languageOfScript(script: Script, sample: string): string | null {
  const single = SINGLE_LANGUAGE[script];
  if (single) return single;
  const candidates = CANDIDATES[script];
  if (!candidates) return null;
  const words = sample.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  const scores = candidates.map((language) => {
    const stops = STOP_SETS[language]!;
    const distinct = DISTINCT_LETTERS[language];
    let score = 0;
    for (const word of words) {
      if (stops.has(word)) score += 1;
      if (distinct?.test(word)) score += 0.5;
    }
    return { language, score };
  });
  scores.sort((a, b) => b.score - a.score);
  const [first, second] = scores;
  if (!first || first.score < MIN_SCORE) return null;
  if (second && second.score * MARGIN > first.score) return null;
  return first.language;
}

/** "en-US" → "en", "ckb-IQ" → "ckb"; anything that is not a language tag → null. */
export function normaliseLanguageTag(tag: string | undefined): string | null {
  const match = tag ? /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i.exec(tag.trim()) : null;
  return match ? match[1]!.toLowerCase() : null;
}
