// Citation lines that name where an excerpt was taken from, as blogs and aggregators print them:
//   [Judge Extends Freeze On Deportations, by Ann Lee, Reuters, January 17, 2018]
//   Judge Rejects Bid to Dismiss Lawsuit, Jakarta Globe/Reuters, October 25, 2017
//   “Motive a mystery in car explosion,” by Phil Willon, Los Angeles Times, March 23, 2018:
// The outlet is the source of the excerpt: the lines before the citation, or after it when it
// ends with a colon.
import type { TextRange } from '../text/sentences.js';
import type { SourceMention } from './alias-index.js';
import { outletKindOfName } from './names.js';
import { spansStartingIn } from './sorted-spans.js';

export interface ExcerptCitation {
  /** The outlets named, in order: "Jakarta Globe/Reuters" gives both. */
  outlets: { name: string; mention: SourceMention | null; start: number; end: number }[];
  /** The citation itself, so it is never taken for a claim. */
  citation: TextRange;
  /** Where the excerpt is: the block(s) before or after the citation. */
  excerpt: 'before' | 'after';
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DATE = `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
// ", by Author, Outlet, Date" or ", Outlet, Date" closing a line, optionally in brackets.
const CITATION_TAIL = new RegExp(`(?:,\\s*by\\s+[^,\\n]{3,60})?,\\s*([^,\\n]{2,80}),\\s*${DATE}\\s*\\]?\\s*(:)?\\s*$`, 'u');

/** Citation lines in the blocks of a region. */
export function findExcerptCitations(
  text: string,
  blocks: readonly TextRange[],
  mentions: readonly SourceMention[],
  range: TextRange,
): ExcerptCitation[] {
  const found: ExcerptCitation[] = [];
  for (const block of blocks) {
    if (block.start < range.start || block.end > range.end) continue;
    const line = text.slice(block.start, block.end);
    const tail = CITATION_TAIL.exec(line);
    if (!tail) continue;
    // The citation starts at the title: a bracket, a quotation mark, or the start of the line or
    // of what follows the excerpt's last sentence on the same line.
    const start = block.start + citationStart(line, tail.index);
    const outletText = tail[1] as string;
    const outletStart = block.start + tail.index + tail[0].indexOf(outletText);
    const outlets = outletsIn(text, outletStart, outletStart + outletText.length, mentions);
    if (outlets.length === 0) continue;
    // A title runs to at most a couple of dozen words; a longer "line" is prose with a date in it.
    if (line.slice(start - block.start, tail.index).split(/\s+/u).length > 30) continue;
    found.push({ outlets, citation: { start, end: block.end }, excerpt: tail[2] === ':' ? 'after' : 'before' });
  }
  return found;
}

function citationStart(line: string, tailIndex: number): number {
  const head = line.slice(0, tailIndex);
  const bracket = head.lastIndexOf('[');
  if (bracket !== -1) return bracket;
  // After the excerpt's closing quotation mark or sentence end on the same line.
  const boundary = /.*(?:[.!?]["”’]?|["”’])\s+(?=\S)/su.exec(head);
  return boundary ? boundary[0].length : 0;
}

function outletsIn(text: string, start: number, end: number, mentions: readonly SourceMention[]): ExcerptCitation['outlets'] {
  const outlets: ExcerptCitation['outlets'] = [];
  let at = start;
  for (const part of text.slice(start, end).split('/')) {
    const partStart = at + (part.length - part.trimStart().length);
    const name = part.trim();
    const partEnd = partStart + name.length;
    at += part.length + 1;
    if (!name) continue;
    const mention = spansStartingIn(mentions, partStart, partEnd).find((m) => m.start === partStart && m.end === partEnd) ?? null;
    if (mention || outletKindOfName(name)) outlets.push({ name, mention, start: partStart, end: partEnd });
  }
  return outlets;
}
