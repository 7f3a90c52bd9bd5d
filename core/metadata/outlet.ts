import { isProseLine, type TextLine } from '../comments/text-lines.js';
import type { FieldOrigin } from '../domain.js';
import { outletDateLine } from './date-lines.js';
import { knownOutletForHost, knownOutletName } from './known-outlets.js';
import { isCreditLine } from './photo-credits.js';
import { isChromeLine } from './site-chrome.js';
import { domainOfDomainLine, hostOf } from './source-url.js';

const TAGLINE_WORDS =
  /\b(news|analysis|website|agency|online|portal|media|magazine|newspaper|daily|weekly|times|tv|television|radio|network|channel|journal|information|press|report|review|digest|monitor|gazette|herald|post|world|politics|official site)\b/i;
const MASTHEAD = /^(.{2,40}?)\s+[|–—-]\s+(.{2,80})$/u;
const NAME_WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’.-]*";
const OUTLET_NAME = new RegExp(`^${NAME_WORD}(?: (?:${NAME_WORD}|of|the|and|&)){0,4}$`, 'u');
// "GENEVA (Northern Ledger) –", "MOSCOW, March 3 (TASS) -", "TEHRAN (FNA)-".
const AGENCY_DATELINE = /^([\p{Lu}][\p{L}.'’ -]{1,40})(?:,[^()]{0,30})?\s*\(([^()]{2,40})\)\s*[-–—:]/u;
// "Meridian- Armed factions…": the outlet's name with the dash attached, as some sites print it.
const ATTACHED_DASH_DATELINE = new RegExp(`^(${NAME_WORD}(?: ${NAME_WORD}){0,2})[-–—]\\s+\\p{Lu}`, 'u');
// "Meridian - Armed factions…": the same with a spaced dash, which a city dateline also uses, so
// it counts only when the name is confirmed by the masthead, a domain or the URL.
const SPACED_DASH_DATELINE = new RegExp(`^(${NAME_WORD}(?: ${NAME_WORD}){0,2})\\s[-–—]\\s+\\p{Lu}`, 'u');
const COPYRIGHT =
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?,?\s*([^.|,/]{2,40}?)(?:\.|,|\s+all rights reserved|$)/iu;

/** Lines after the headline in which a dateline is looked for. */
const DATELINE_SEARCH = 8;
const MASTHEAD_LINES = 5;

export interface OutletContext {
  lines: TextLine[];
  titleIndex: number | null;
  url: string | null;
  siteName: string | undefined;
}

/**
 * The publishing outlet, from the most to the least explicit evidence: the file's own site name;
 * a masthead line at the top ("Alwaght | News & Analysis Website"); the dateline that opens the
 * body ("Alwaght- …", "MOSCOW (TASS) -"); a known outlet's domain printed on the page or in the
 * URL; a copyright line; finally an unknown domain, spelled from its name.
 */
export function detectOutlet(context: OutletContext): { name: string; origin: OutletOrigin } | null {
  if (context.siteName?.trim()) return { name: tidyName(context.siteName), origin: 'declared' };
  const { lines } = context;
  const domains = [
    ...lines.map((line) => domainOfDomainLine(line.text)).filter((d): d is string => d !== null),
    ...[hostOf(context.url)].filter((h): h is string => h !== null),
  ];
  const masthead = fromMasthead(lines) ?? fromOutletDateLine(lines, context.titleIndex);
  if (masthead) return { name: masthead, origin: 'masthead' };
  const dateline = fromDateline(lines, context.titleIndex, domains);
  if (dateline) return { name: dateline, origin: 'dateline' };
  for (const domain of domains) {
    const known = knownOutletForHost(domain);
    if (known) return { name: known, origin: 'address' };
  }
  const copyright = fromCopyright(lines);
  if (copyright) return { name: copyright, origin: 'copyright' };
  const domain = domains[0];
  return domain ? { name: nameFromDomain(domain), origin: 'address' } : null;
}

type OutletOrigin = Extract<FieldOrigin, 'declared' | 'masthead' | 'dateline' | 'address' | 'copyright'>;

/**
 * "Global Research, October 01, 2020" under the headline: the outlet that published it. A city
 * and a date ("GENEVA, March 3") is a dateline, printed in capitals or a single word.
 */
function fromOutletDateLine(lines: TextLine[], titleIndex: number | null): string | null {
  const from = titleIndex === null ? 0 : titleIndex + 1;
  for (const line of lines.slice(from, from + 4)) {
    const found = outletDateLine(line.text, null);
    if (!found) continue;
    const name = found.outlet;
    if (knownOutletName(name)) return knownOutletName(name);
    if (!isAllCapitals(name) && name.includes(' ')) return name;
  }
  return null;
}

function fromMasthead(lines: TextLine[]): string | null {
  for (const line of lines.slice(0, MASTHEAD_LINES)) {
    const match = MASTHEAD.exec(line.text);
    if (!match || /\s[|•·]\s.*\s[|•·]\s/.test(line.text)) continue;
    const [left, right] = [match[1]!.trim(), match[2]!.trim()];
    if (OUTLET_NAME.test(left) && !isChromeLine(left) && TAGLINE_WORDS.test(right)) return knownOutletName(left) ?? left;
  }
  return null;
}

function fromDateline(lines: TextLine[], titleIndex: number | null, domains: string[]): string | null {
  const from = titleIndex === null ? 0 : titleIndex + 1;
  const candidates = lines.slice(from, from + DATELINE_SEARCH + (titleIndex === null ? 8 : 0)).filter((line) => isProseLine(line.text));
  for (const line of candidates.slice(0, 2)) {
    const agencyDateline = AGENCY_DATELINE.exec(line.text);
    if (agencyDateline) {
      // Datelines print the city in capitals; "Hayat Tahrir al-Sham (HTS) – …" is a sentence.
      const [place, agency] = [agencyDateline[1]!.trim(), agencyDateline[2]!.trim()];
      const known = knownOutletName(agency);
      if (known) return known;
      if (isAllCapitals(place) && OUTLET_NAME.test(agency)) return agency;
    }
    const attached = ATTACHED_DASH_DATELINE.exec(line.text)?.[1];
    if (attached && !isAllCapitals(attached)) return knownOutletName(attached) ?? attached;
    const spaced = SPACED_DASH_DATELINE.exec(line.text)?.[1];
    if (spaced && domains.some((domain) => squash(domain).includes(squash(spaced)))) return knownOutletName(spaced) ?? spaced;
  }
  return null;
}

function fromCopyright(lines: TextLine[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.text;
    // A footer states a year or reserves rights; "© Reuters" alone is a photo credit.
    if (!/\b(19|20)\d{2}\b|all rights reserved/i.test(line)) continue;
    if (!/all rights reserved/i.test(line) && isCreditLine(line)) continue;
    const match = COPYRIGHT.exec(line);
    const name = match?.[1]?.trim();
    if (name && OUTLET_NAME.test(name)) return knownOutletName(name) ?? name;
  }
  return null;
}

/** "meridian-news.net" → "Meridian News": the best spelling an unknown domain offers. */
function nameFromDomain(domain: string): string {
  const labels = domain.split('.');
  const secondLevel = labels.length >= 3 && /^(co|com|org|net|gov|ac)$/.test(labels[labels.length - 2]!) ? 3 : 2;
  const label = labels[labels.length - secondLevel] ?? labels[0]!;
  return label
    .split('-')
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(' ');
}

function tidyName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  return knownOutletName(clean) ?? knownOutletForHost(clean) ?? clean;
}

function isAllCapitals(text: string): boolean {
  return text === text.toUpperCase() && /\p{Lu}{2}/u.test(text);
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
