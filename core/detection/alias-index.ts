import type { AliasKind } from '../domain.js';
import type { RegistrySource } from './types.js';

export interface SourceMention {
  start: number;
  end: number;
  text: string;
  source: RegistrySource;
  aliasKind: AliasKind;
}

interface AliasEntry {
  source: RegistrySource;
  kind: AliasKind;
}

interface CompiledAlias {
  /**
   * Sticky, so it is only ever tried at a word start. Compiled the first time a text has the
   * alias's first word: most of a registry's hundreds of patterns are never needed for one
   * document, and compiling them all cost more than the search itself.
   */
  pattern: RegExp | null;
  kind: AliasKind;
  /** As the registry writes it. */
  alias: string;
  length: number;
  entry: AliasEntry;
  key: string;
}

export interface AliasIndex {
  /** Candidate aliases by their first word in lower case ("fars", "the", "tass"), longest first. */
  byFirstWord: Map<string, CompiledAlias[]>;
  byKey: Map<string, AliasEntry>;
}

// Words that may be glued to an abbreviation by a missing space ("AFPquoted"): only attribution
// verbs, so "APCs" or "RTX" never produce a mention.
const GLUED_CUES = [
  'quoted',
  'quoting',
  'reported',
  'reports',
  'said',
  'says',
  'cited',
  'citing',
  'claimed',
  'claims',
  'stated',
  'wrote',
  'added',
  'alleged',
  'announced',
];

const SEPARATOR = '[\\s\\u00A0\\-\\u2010\\u2011\\u2013]+';
const APOSTROPHE = "['’]";
// Leading particles in transliterated names are written either way: "al-Watan" / "Al-Watan",
// "the Pentagon" / "The Pentagon".
const CASE_FREE_LEADING_WORDS = new Set(['the', 'al', 'el', 'ad', 'as', 'an', 'ar', 'ash', 'at']);

/**
 * Context guards for aliases that are also ordinary names: "Fars province", "Sputnik V" (the
 * vaccine), "Michael Bloomberg", "the Guardian Council" (Iran), retweets ("RT @user").
 */
const GUARDS: Record<string, { before?: RegExp; after?: RegExp; exactCase?: boolean }> = {
  fars: { after: /^[\s-]+(?:[Pp]rovince|[Rr]egion|Persian|dialect)/u },
  sputnik: { after: /^\s+(?:V\b|Light\b|vaccine)/u },
  bloomberg: { before: /Michael\s+$/u, after: /^\s+(?:Philanthropies|School|administration)/u },
  'the guardian': { after: /^\s+(?:Council|Angels)/u },
  rt: { after: /^\s*@/u },
  aa: { after: /^\s+batter/u },
  anadolu: { after: /^\s+(?:Efes|University|region)/u },
  // The magazine and the ocean, the newspaper and Capitol Hill: only the capitalised title.
  'the atlantic': { exactCase: true, after: /^\s+(?:Ocean|coast|seaboard|Council)/u },
  'the hill': { exactCase: true },
  'state of the union': { after: /^\s+(?:address|speech|message)/iu },
};

// A programme is named where its network could stand: after "told", "on", "to", "with", "in",
// in quotation marks, or after the network's possessive ("CNN's State of the Union").
const PROGRAMME_CONTEXT = /(?:\b(?:told|tells|on|to|with|in)\s+|["“«]\s*|['’]s?\s+)$/u;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

// Registries arrive as fresh arrays on every request (read from the workbench), so indexes are
// cached by what they hold; a few are kept for the few workbenches a host may have open.
const indexCache = new Map<string, AliasIndex>();
const MAX_CACHED_INDEXES = 4;

function registrySignature(registry: readonly RegistrySource[]): string {
  return JSON.stringify(registry.map((s) => [s.id, s.name, s.kind, s.aliases.map((a) => [a.alias, a.kind])]));
}

/** Normalised form used to look up which alias a match came from. */
export function aliasKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/gu, "'")
    .replace(/[\s\u00A0\-\u2010\u2011\u2013]+/gu, ' ')
    .trim();
}

export function buildAliasIndex(registry: readonly RegistrySource[]): AliasIndex {
  const signature = registrySignature(registry);
  const cached = indexCache.get(signature);
  if (cached) return cached;
  const byKey = new Map<string, AliasEntry>();
  const byFirstWord = new Map<string, CompiledAlias[]>();
  for (const source of registry) {
    const all = [{ alias: source.name, kind: nameKind(source.name) }, ...source.aliases];
    for (const { alias, kind } of all) {
      const key = aliasKey(alias);
      // A one-letter alias from a user's registry would match every "A" in the text.
      if (key.length < 2 || byKey.has(key)) continue;
      byKey.set(key, { source, kind });
      const entry = { source, kind };
      const compiled: CompiledAlias = { pattern: null, kind, alias, length: alias.length, entry, key };
      const first = firstWordOf(alias);
      const list = byFirstWord.get(first) ?? [];
      list.push(compiled);
      byFirstWord.set(first, list);
    }
  }
  // Longest first, so that "CNN Türk" wins over "CNN" and "Interfax-Ukraine" over "Interfax".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const index = { byFirstWord, byKey };
  if (indexCache.size >= MAX_CACHED_INDEXES) indexCache.delete(indexCache.keys().next().value as string);
  indexCache.set(signature, index);
  return index;
}

const WORD_RUN = /[\p{L}\p{M}\p{N}]+/uy;

/** The leading run of letters and digits, lower-cased: the key an alias is filed under. */
function firstWordOf(text: string, at = 0): string {
  WORD_RUN.lastIndex = at;
  return WORD_RUN.exec(text)?.[0].toLowerCase() ?? '';
}

/**
 * Mentions of registry sources, as whole words. Aliases are only tried where a word starts and
 * only those that can begin with that character, which keeps a registry of hundreds of aliases
 * linear in the length of the text.
 */
export function findSourceMentions(text: string, index: AliasIndex): SourceMention[] {
  const mentions: SourceMention[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (i > 0 && WORD_CHAR.test(text[i - 1] as string)) continue;
    if (!WORD_CHAR.test(text[i] as string)) continue;
    const word = firstWordOf(text, i);
    // "AFPquoted": an abbreviation glued to its cue is filed under the abbreviation alone.
    const candidates = index.byFirstWord.get(word) ?? gluedCandidates(index, word);
    if (!candidates) continue;
    for (const candidate of candidates) {
      candidate.pattern ??= new RegExp(aliasPattern(candidate.alias, candidate.kind), 'uy');
      candidate.pattern.lastIndex = i;
      const match = candidate.pattern.exec(text);
      if (!match) continue;
      const matched = match[0];
      const end = i + matched.length;
      if (isGuarded(text, i, end, candidate.key, matched)) continue;
      if (
        candidate.entry.kind === 'programme' &&
        (!writtenAsTitle(matched, candidate.alias) || !PROGRAMME_CONTEXT.test(text.slice(Math.max(0, i - 12), i)))
      )
        continue;
      mentions.push({ start: i, end, text: matched, source: candidate.entry.source, aliasKind: candidate.entry.kind });
      i = end - 1;
      break;
    }
  }
  return mentions;
}

// Small words headline style may capitalise: "Face The Nation" is the programme "Face the Nation".
const TITLE_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'a', 'an', 'at', 'in', 'on', 'for', 'to', 'with']);

/** A programme's title as written: its capitals kept, except that small words may be capitalised. */
function writtenAsTitle(matched: string, alias: string): boolean {
  const written = matched.split(/\s+/u);
  const title = alias.split(/\s+/u);
  return (
    written.length === title.length &&
    written.every((w, i) => w === title[i] || (TITLE_FUNCTION_WORDS.has(title[i] as string) && w.toLowerCase() === title[i]))
  );
}

function gluedCandidates(index: AliasIndex, word: string): CompiledAlias[] | undefined {
  for (const cue of GLUED_CUES) {
    if (word.length > cue.length && word.endsWith(cue)) return index.byFirstWord.get(word.slice(0, -cue.length));
  }
  return undefined;
}

function isGuarded(text: string, start: number, end: number, key: string, matched: string): boolean {
  const guard = GUARDS[key];
  if (!guard) return false;
  if (guard.exactCase && matched.toLowerCase() === key && !/^\p{Lu}/u.test(matched)) return true;
  if (guard.after && guard.after.test(text.slice(end, end + 40))) return true;
  if (guard.before && guard.before.test(text.slice(Math.max(0, start - 40), start))) return true;
  return false;
}

function nameKind(name: string): AliasKind {
  return isAbbreviation(name) ? 'abbreviation' : 'name';
}

function isAbbreviation(alias: string): boolean {
  return /^[\p{Lu}\p{N}]{2,6}$/u.test(alias) || /^\p{Lu}\p{Ll}\p{Lu}$/u.test(alias);
}

function aliasPattern(alias: string, kind: AliasKind): string {
  if (kind === 'domain') return domainPattern(alias);
  const exact = kind === 'abbreviation' || isAbbreviation(alias);
  const firstWord = (alias.split(/[\s-]/u)[0] ?? '').toLowerCase();
  const caseFreeStart = CASE_FREE_LEADING_WORDS.has(firstWord);
  let body = '';
  let previousWasSeparator = false;
  [...alias].forEach((ch, i) => {
    if (/[\s\-\u2010\u2011\u2013]/u.test(ch)) {
      if (!previousWasSeparator) body += SEPARATOR;
      previousWasSeparator = true;
      return;
    }
    previousWasSeparator = false;
    if (ch === "'" || ch === '’') body += APOSTROPHE;
    else if (exact || (i === 0 && !caseFreeStart)) body += escapeChar(ch);
    else body += anyCase(ch);
  });
  const end = exact ? `(?:(?![\\p{L}\\p{M}\\p{N}])|(?=(?:${GLUED_CUES.join('|')})(?![\\p{L}])))` : '(?![\\p{L}\\p{M}\\p{N}])';
  // Russian declines names that end in a consonant: "Интерфакса", "Интерфаксу", "Рейтер(а)".
  const inflection = !exact && /\p{Script=Cyrillic}[бвгджзклмнпрстфхцчшщ]$/u.test(alias) ? '(?:а|у|ом|е)?' : '';
  return `(?<![\\p{L}\\p{M}\\p{N}])${body}${inflection}${end}`;
}

function domainPattern(domain: string): string {
  const body = [...domain].map((ch) => (ch === '.' ? '\\.' : anyCase(ch))).join('');
  // A subdomain prefix is fine ("www.", "en."); a longer host is not ("tass.com.ua").
  return `(?<![\\p{L}\\p{N}_\\-@])${body}(?![\\p{L}\\p{N}_\\-])(?!\\.[\\p{L}\\p{N}])`;
}

function anyCase(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper || lower.length !== 1 || upper.length !== 1) return escapeChar(ch);
  return `[${escapeChar(lower)}${escapeChar(upper)}]`;
}

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/u.test(ch) ? `\\${ch}` : ch;
}
