import type { TextLine } from '../comments/text-lines.js';
import { buildAliasIndex, findSourceMentions } from '../detection/alias-index.js';
import { findCreditLines } from '../detection/credit-lines.js';
import { SEED_SOURCES } from '../sources/seed-registry.js';
import { knownOutletName } from './known-outlets.js';
import type { PhotoCredit } from './types.js';

// Photo agencies and picture sources that are not news outlets themselves.
const PICTURE_SOURCES = new Set(
  [
    'AP',
    'Associated Press',
    'AFP',
    'Reuters',
    'TASS',
    'ITAR-TASS',
    'Sputnik',
    'RIA Novosti',
    'EPA',
    'EFE',
    'EPA-EFE',
    'Getty Images',
    'Getty',
    'Anadolu',
    'Anadolu Agency',
    'AA',
    'Xinhua',
    'DPA',
    'UPI',
    'Pool',
    'Shutterstock',
    'Wikimedia Commons',
    'Wikimedia',
    'NurPhoto',
    'Alamy',
    'Imago',
    'ZUMA',
    'ZUMA Press',
    'ZUMA Wire',
    'SIPA',
    'Sipa USA',
    'Abaca',
    'SOPA Images',
    'LightRocket',
    'Kremlin',
    'Kremlin.ru',
    'Handout',
    'Twitter',
    'Telegram',
    'Facebook',
    'YouTube',
    'Press Office',
    'Kommersant',
    'ANHA',
    'Fars',
    'FNA',
    'Tasnim',
    'Mehr',
    'ISNA',
    'IRNA',
    'SANA',
    'Interfax',
  ].map((name) => name.toLowerCase()),
);

const CAPWORD = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*";
const PARTICLE = '(?:al|el|bin|ibn|de|da|del|der|van|von|la|le|du)';
const LABEL = new RegExp(
  `(?<![\\p{L}])(?:(?:photo|image|picture|pic|foto|photograph|cover photo|main photo|top photo|file photo|featured image)s?(?: credits?| source)?\\s*(?::|by\\b)|(?:photo |image )?credits?\\s*:|source\\s*:(?=\\s*${CAPWORD}\\s?\\/))`,
  'giu',
);
const COPYRIGHT = /©/g;
// "Mikhail Pochuev/TASS" as a caption line of its own or after a caption sentence.
const BARE = new RegExp(
  `(?:^|[.:;(–—]\\s+|^\\()((?:${CAPWORD}\\s){0,4}${CAPWORD}\\s?\\/\\s?${CAPWORD}(?:\\s(?:${CAPWORD}|${PARTICLE})){0,4})\\)?$`,
  'u',
);

/** Credit text runs from its label to a closing bracket, a separator or the end of the line. */
const CREDIT_END = /[)\]|;]|\s{2}|$/;

/**
 * The article's photo and wire credits. Credits naming a registry agency are found as attribution
 * detection finds them (one finder for every credit form: "Name/AFP/Getty Images", "© Reuters
 * Caption…", "(AP file photo)", …), with the agency under its registry name; credits of other
 * picture sources ("Photo: Meridian/Jane Doe", "Shutterstock") by the patterns below.
 */
export function detectPhotoCredits(text: string, lines: TextLine[]): PhotoCredit[] {
  const fromRegistry = registryCredits(text);
  const others = patternCredits(lines).filter((c) => !fromRegistry.some((r) => c.start < r.end && r.start < c.end));
  return [...fromRegistry, ...others].sort((a, b) => a.start - b.start);
}

/** Whether a line is, or ends in, a photo credit. */
export function isCreditLine(line: string): boolean {
  return detectPhotoCredits(line, [{ text: line, start: 0 }]).length > 0;
}

function registryCredits(text: string): PhotoCredit[] {
  const mentions = findSourceMentions(text, buildAliasIndex(SEED_SOURCES));
  return findCreditLines(text, mentions, { start: 0, end: text.length }).map((credit) => {
    const spans = [credit.mention, ...(credit.byline ? [credit.byline] : []), ...(credit.cue ? [credit.cue] : [])];
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    return { text: text.slice(start, end), start, end, agency: credit.mention.source.name, person: credit.byline?.text ?? null };
  });
}

function patternCredits(lines: TextLine[]): PhotoCredit[] {
  const credits: PhotoCredit[] = [];
  for (const line of lines) {
    const found: PhotoCredit[] = [];
    for (const match of line.text.matchAll(LABEL)) labelled(line, match.index, match[0].length, found, false);
    for (const match of line.text.matchAll(COPYRIGHT)) {
      if (!/all rights reserved|copyright/i.test(line.text)) labelled(line, match.index, 1, found, true);
    }
    const bare = line.text.length <= 300 && line.text.split(/\s+/).length <= 16 ? BARE.exec(line.text) : null;
    if (bare) {
      const text = bare[1]!;
      const index = bare.index + bare[0].indexOf(text);
      const parties = splitCredit(text, true);
      if (parties) pushCredit(found, line, index, text, parties);
    }
    credits.push(...found.sort((a, b) => a.start - b.start));
  }
  return credits;
}

function labelled(line: TextLine, index: number, labelLength: number, found: PhotoCredit[], copyright: boolean): void {
  const after = line.text.slice(index + labelLength);
  const creditText = after.slice(0, after.search(CREDIT_END)).replace(/[\s.,:;]+$/, '');
  const body = creditText.trim();
  if (body.length < 2 || body.length > 80) return;
  const parties = splitCredit(body, copyright);
  if (!parties) return;
  const text = line.text.slice(index, index + labelLength + creditText.length).trim();
  pushCredit(found, line, index, text, parties);
}

function pushCredit(
  found: PhotoCredit[],
  line: TextLine,
  index: number,
  text: string,
  parties: { agency: string | null; person: string | null },
): void {
  const start = line.start + index;
  const end = start + text.length;
  if (found.some((c) => start < c.end && c.start < end)) return;
  found.push({ text, start, end, ...parties });
}

/**
 * Which side of "A/B" is the agency and which the photographer. A known picture source or an
 * all-capitals name is the agency; with neither, the one-word side is taken for the agency only
 * when the credit was labelled as one ("Photo: Meridian/Jane Doe"), so "Russia/Turkey" in a
 * caption is never a credit.
 */
function splitCredit(raw: string, strict: boolean): { agency: string | null; person: string | null } | null {
  const [main, via] = raw
    .replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(/\s+via\s+/i);
  const parts = (main ?? '')
    .split(/\s*\/\s*/)
    .map(cleanParty)
    .filter((part) => part.length > 0);
  const viaAgency = via ? cleanParty(via) : '';
  let agency: string | null = null;
  let person: string | null = null;
  if (parts.length === 1) {
    const only = parts[0]!;
    if (isPictureSource(only)) agency = only;
    else if (isPersonName(only) && (!strict || viaAgency)) person = only;
    else return null;
  } else if (parts.length >= 2) {
    const [a, b] = [parts[0]!, parts[1]!];
    if (isPictureSource(a) && !isPictureSource(b)) [agency, person] = [a, b];
    else if (isPictureSource(b) && !isPictureSource(a)) [agency, person] = [b, a];
    else if (isPictureSource(a)) agency = a;
    else if (strict) return null;
    else if (wordCount(a) === 1 && wordCount(b) > 1) [agency, person] = [a, b];
    else if (wordCount(b) === 1 && wordCount(a) > 1) [agency, person] = [b, a];
    else return null;
    if (person !== null && !isPersonName(person)) return null;
  } else {
    return null;
  }
  if (agency === null && viaAgency) agency = viaAgency;
  return { agency, person };
}

function cleanParty(party: string): string {
  return party
    .replace(/^(?:photos?|images?|pictures?)\s+/i, '')
    .replace(/\s+(?:photos?|pictures?)$/i, '')
    .replace(/^[\s(,.-]+|[\s),.-]+$/g, '')
    .trim();
}

function isPictureSource(name: string): boolean {
  const key = name.toLowerCase();
  if (PICTURE_SOURCES.has(key) || knownOutletName(key) !== null) return true;
  return /^[A-Z]{2,}(?:[-. ][A-Z]{2,})*\.?$/.test(name);
}

function isPersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 1 || words.length > 5) return false;
  return words.every((word) => new RegExp(`^(?:${CAPWORD}|${PARTICLE})$`, 'u').test(word));
}

function wordCount(text: string): number {
  return text.split(' ').length;
}

/**
 * The well-formed credits of a stored list: text, offsets in order, agency and person as text or
 * null. A row damaged by hand or merged from an old bundle keeps its good credits and drops the rest,
 * so the document still opens.
 */
export function wellFormedCredits(value: unknown): PhotoCredit[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (c): c is PhotoCredit =>
      typeof c === 'object' &&
      c !== null &&
      typeof c.text === 'string' &&
      Number.isInteger(c.start) &&
      Number.isInteger(c.end) &&
      c.start >= 0 &&
      c.end >= c.start &&
      (c.agency === null || typeof c.agency === 'string') &&
      (c.person === null || typeof c.person === 'string'),
  );
}
