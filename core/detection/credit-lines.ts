import type { TextRange } from '../text/sentences.js';
import type { SourceMention } from './alias-index.js';
import { spansStartingIn } from './sorted-spans.js';
import type { TextSpan } from './types.js';

export interface Credit {
  mention: SourceMention;
  /** The photographer or second party of "Name/TASS", "AP Photo/Name". */
  byline: TextSpan | null;
  cue: TextSpan | null;
  claim: TextSpan;
}

// Longer lines are prose, where "Reuters/Ipsos" or "AFP/Getty" mean something else.
const MAX_CREDIT_LINE = 240;
// A credited name: capitalised words or initials ("J. Smith"); no other periods, so a caption's
// last word ("… Wednesday. Sertac Kayar/Reuters") is not taken for part of the name.
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’\-]*|al-\p{Lu}[\p{L}\p{M}'’\-]*|bin|de|van|von)`;
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \u00A0]+${NAME_WORD}){0,4}`;
const LABEL = String.raw`(?:IMAGE|Image|PHOTO|Photo|Photograph|PHOTOGRAPH|Picture|Pic|Credit|Credits|Photo credit|Photo Credit|Фото|ФОТО|Фотография|Source|SOURCE|Источник)\s*[:：]\s*(?:©\s*)?`;

const LABEL_BEFORE = new RegExp(`(?:^|[\\s(\\[.|])(${LABEL})$`, 'u');
const COPYRIGHT_BEFORE = /(©|\(c\)|Copyright)\s*$/u;
const BYLINE_BEFORE = new RegExp(`(?:^|[\\s(\\[.:|©])(${NAME})\\s*/\\s*$`, 'u');
// What may follow the agency in a credit: "Photo", "file photo", a year, "/ Name" or "photo: Name",
// another picture agency ("/Getty Images"), a closing bracket.
const AFTER_MENTION = new RegExp(
  String.raw`^(?:[ \u00A0]+(?:[Ff]ile[ \u00A0]+)?(?:[Pp]hotos?|PHOTOS?|[Ii]mages|IMAGES|[Pp]ictures|[Vv]ideo|VIDEO))?(?:[ \u00A0]+\d{4})?(?:\s*[/:]\s*(${NAME}))?(?:\s*/\s*(?:Getty Images|Getty|Pool|AP|AFP|Reuters|EPA|Sipa|ZUMA|NurPhoto|Shutterstock|Alamy))*\s*[)\]]?\s*\.?\s*$`,
  'u',
);
// After a copyright mark anything may follow on the line: "© AFP 2018 / PRAKASH SINGH Indian
// Migrants Will Not Face …" (a teaser), "© AFP Cardinal O'Malley (centre) accompanied …" (a caption).
const AFTER_COPYRIGHT = new RegExp(
  String.raw`^(?:[ \u00A0]+\d{4})?(?:\s*/\s*(\p{Lu}[\p{Lu}\p{M}'’\-.]+(?:[ \u00A0]+\p{Lu}[\p{Lu}\p{M}'’\-.]+){0,3}(?![\p{Ll}])|${NAME}(?=\s*$)))?`,
  'u',
);
// "© Claudio Reyes/AFP/Getty Images Catholic Church deals …": photographer first, then the agency.
const COPYRIGHT_BYLINE_BEFORE = new RegExp(`^\\s*(©|\\(c\\))\\s*(${NAME})\\s*/\\s*$`, 'u');
const PICTURE_AGENCIES = /^(?:Getty Images|Getty|Pool|Sipa|ZUMA|NurPhoto|Shutterstock|Alamy)$/u;
const LABEL_AT_START = new RegExp(`^\\s*(${LABEL})`, 'u');
const LINE_END_AFTER = /^\s*(?:\/\s*(?:Getty Images|Getty|Pool)\s*)*[)\]]?\s*\.?\s*$/u;

/**
 * Photo and wire credits on their own line or at the end of a caption line: "Name/TASS",
 * "Name/AFP/Getty Images", "IMAGE: AP Photo/Burhan Ozbilici", "© AFP 2018 / NAME" (also with a
 * teaser after it), "© Reuters Caption…", "Photo: Reuters", "(AP Photo/Name)", "(Reuters photo:
 * Name)", "(AP file photo)", "REUTERS / Name". The claim is the whole line, since a caption
 * credits what it describes.
 */
export function findCreditLines(text: string, mentions: readonly SourceMention[], range: TextRange): Credit[] {
  const credits: Credit[] = [];
  for (const line of lines(text, range)) {
    if (line.end - line.start > MAX_CREDIT_LINE) continue;
    const lineText = text.slice(line.start, line.end);
    for (const mention of spansStartingIn(mentions, line.start, line.end)) {
      if (mention.end > line.end) continue;
      const before = text.slice(line.start, mention.start);
      const after = text.slice(mention.end, line.end);
      const copyrightByline = COPYRIGHT_BYLINE_BEFORE.exec(before);
      const copyright = COPYRIGHT_BEFORE.exec(before) ?? copyrightByline;
      const afterMatch = copyright ? AFTER_COPYRIGHT.exec(after) : AFTER_MENTION.exec(after);
      if (!afterMatch) continue;
      const label = LABEL_BEFORE.exec(before);
      const bylineBefore = copyrightByline
        ? [copyrightByline[0], copyrightByline[2]]
        : LINE_END_AFTER.test(after)
          ? BYLINE_BEFORE.exec(before)
          : null;
      const bylineAfter = afterMatch[1] && !PICTURE_AGENCIES.test(afterMatch[1]) ? afterMatch[1] : null;
      const standalone = before.trim() === '' && (mention.aliasKind === 'credit' || bylineAfter !== null);
      if (!label && !copyright && !bylineBefore && !standalone && !(/[([]\s*$/u.test(before) && /\S/u.test(afterMatch[0]))) continue;

      let byline: TextSpan | null = null;
      if (bylineAfter) {
        const at = mention.end + after.indexOf(bylineAfter);
        byline = { start: at, end: at + bylineAfter.length, text: bylineAfter };
      } else if (bylineBefore?.[1]) {
        const name = bylineBefore[1];
        const at = line.start + before.lastIndexOf(name);
        byline = { start: at, end: at + name.length, text: name };
      }
      if (byline && spansStartingIn(mentions, byline.start, byline.start + 1).length) byline = null;
      const cueMatch = label ?? copyright ?? LABEL_AT_START.exec(before);
      const cue = cueMatch?.[1]
        ? spanAt(
            text,
            line.start + before.lastIndexOf(cueMatch[1]),
            cueMatch === copyright ? cueMatch[1] : cueMatch[1].replace(/[\s©]+$/u, ''),
          )
        : null;
      credits.push({ mention, byline, cue, claim: { start: line.start, end: line.end, text: lineText } });
      break;
    }
  }
  return credits;
}

/**
 * Wire datelines credit the paragraph they open: "KHARKIV, Ukraine (AP) —",
 * "TEHRAN (FNA)-", "MOSCOW, July 21 (Reuters) -", "МОСКВА, 14 февраля. /ТАСС/.".
 */
export function findDatelineCredits(
  text: string,
  blocks: readonly TextRange[],
  mentions: readonly SourceMention[],
  range: TextRange,
): Credit[] {
  const credits: Credit[] = [];
  for (const block of blocks) {
    if (block.start < range.start || block.start >= range.end) continue;
    const mention = spansStartingIn(mentions, block.start, Math.min(block.end, block.start + 60))[0];
    if (!mention) continue;
    const before = text.slice(block.start, mention.start);
    const after = text.slice(mention.end, Math.min(block.end, mention.end + 8));
    const place = /^\p{Lu}{3,}[\p{Lu}\p{M} .,'’/-]*(?:,[\p{L}\p{M}\d .]*)?\s*$/u;
    // "(AP) —", "/ТАСС/." or RIA Novosti's "3 апреля – РИА Новости."
    const wrapped = /([(/])\s*$/u.exec(before) ?? /\s([—–-])\s*$/u.exec(before);
    const closing = wrapped?.[1] === '(' || wrapped?.[1] === '/' ? /^\s*[)/]\s*(?:[—–-]|\.)\s*/u.exec(after) : /^\s*\.\s*/u.exec(after);
    if (!wrapped || !closing || !place.test(before.slice(0, wrapped.index + (wrapped[0].startsWith(' ') ? 1 : 0)))) continue;
    const claimStart = skipSpace(text, mention.end + closing[0].length, block.end);
    if (claimStart >= block.end) continue;
    credits.push({
      mention,
      byline: null,
      cue: null,
      claim: { start: claimStart, end: block.end, text: text.slice(claimStart, block.end) },
    });
  }
  return credits;
}

function lines(text: string, range: TextRange): TextRange[] {
  const result: TextRange[] = [];
  let start = range.start;
  for (let i = range.start; i <= range.end; i += 1) {
    if (i === range.end || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && /\s/u.test(text[s] as string)) s += 1;
      while (e > s && /\s/u.test(text[e - 1] as string)) e -= 1;
      if (e > s) result.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return result;
}

function skipSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && /\s/u.test(text[i] as string)) i += 1;
  return i;
}

function spanAt(text: string, start: number, value: string): TextSpan {
  return { start, end: start + value.length, text: text.slice(start, start + value.length) };
}
