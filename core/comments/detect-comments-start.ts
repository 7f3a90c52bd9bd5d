import { isProseLine, nonEmptyLines, type TextLine, wordCount } from './text-lines.js';
import { isCommentMetaLine, isConversational, isNameLike, isSaysLine } from './thread-lines.js';
import { WIDGET_CLUSTER_WEIGHT, widgetMarkerWeight } from './widget-markers.js';

/** Article paragraphs that must come before a thread, so site chrome above a headline never counts. */
const MIN_ARTICLE_PROSE_LINES = 2;
/** Marker lines further apart than this belong to different clusters. */
const WIDGET_CLUSTER_SPAN = 6;
/** How many lines after a candidate name line are examined. */
const THREAD_WINDOW = 16;
/** How far ahead a commenter's name is looked for again. */
const REPEAT_HORIZON = 300;
const THREAD_SCORE = 7;

/**
 * Where the article ends and a reader-comment thread begins: the UTF-16 offset of the first line
 * of the thread, or null when the text has no thread.
 *
 * Two independent signals, the earlier of which wins:
 * 1. Widget text: lines such as "Leave a Reply", "Notify of", "Name :", "Email :", weighted by
 *    how unmistakable they are; a cluster of nearby marker lines that reaches the weight threshold
 *    marks the start (a lone "Comments" or "Send" does not).
 * 2. The thread's shape, for pages saved without widget text: scanning from each name-like line,
 *    the next lines are scored — +1 per short name line followed by a reply, +2 per commenter
 *    whose name comes back later (subheadings never repeat; commenters do), +1 per
 *    conversational reply ("?!", "lol", "you", @mentions), +2 per timestamp/"Reply"/"says:" line.
 *    The thread needs three name lines (two with widget metadata), at least one of the
 *    thread-only signs (a repeated name, two conversational replies, metadata), and a total score
 *    of 7. An explainer with plain subheadings scores on name lines alone and stays below it.
 * Both signals only count after two lines of article prose, so a navigation menu or a glossary
 * above the headline is not taken for a thread.
 */
export function detectCommentsStart(text: string): number | null {
  const lines = nonEmptyLines(text);
  const firstEligible = indexAfterArticleProse(lines);
  if (firstEligible === null) return null;
  const widget = findWidgetStart(lines, firstEligible);
  const thread = findThreadStart(lines, firstEligible, widget ?? lines.length);
  const start = Math.min(widget ?? Infinity, thread ?? Infinity);
  return Number.isFinite(start) ? lines[withUnsignedComments(lines, start, firstEligible)]!.start : null;
}

/** How far back from a thread's first name unsigned comments are looked for. */
const UNSIGNED_LOOKBACK = 12;

/**
 * Comments saved without their authors' names often come first: readers' one-liners between the
 * article's last paragraph and the first commenter name or widget. Walking back from the thread,
 * lines that read like comments (first or second person, "?!", ellipses, capitals, an excerpt
 * quoted back) are taken in, through short lines between them, until a line of article prose; the
 * run counts when two of its lines read like comments, and starts at the first that does.
 */
function withUnsignedComments(lines: TextLine[], start: number, firstEligible: number): number {
  let earliest = start;
  let signed = 0;
  for (let i = start - 1; i >= Math.max(firstEligible, start - UNSIGNED_LOOKBACK); i--) {
    const line = lines[i]!.text;
    if (readsAsComment(line)) {
      earliest = i;
      signed += 1;
    } else if (isProseLine(line) || wordCount(line) > 30) {
      break;
    }
  }
  return signed >= 2 ? earliest : start;
}

function readsAsComment(line: string): boolean {
  if (wordCount(line) > 60) return false;
  const unquoted = line.replace(/["“][^"”]*["”]/g, '');
  return (
    isConversational(line) ||
    /\b(?:I|I'm|I’m|I've|I’ve|me|my|mine)\b/u.test(unquoted) ||
    /(?:\.\.\.|…)\s*\S?$|(?:\.\.\.|…).*(?:\.\.\.|…)/u.test(line) ||
    // Shouted: most letters capitals.
    (line.replace(/[^\p{L}]/gu, '').length >= 8 && line.replace(/[^\p{Lu}]/gu, '').length / line.replace(/[^\p{L}]/gu, '').length > 0.7) ||
    // An excerpt of the article quoted back, as a reply starts.
    /^[“"][^“"”]{20,}[”"]$/u.test(line.trim())
  );
}

function indexAfterArticleProse(lines: TextLine[]): number | null {
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isProseLine(lines[i]!.text) && ++prose >= MIN_ARTICLE_PROSE_LINES) return i + 1;
  }
  return null;
}

function findWidgetStart(lines: TextLine[], from: number): number | null {
  for (let i = from; i < lines.length; i++) {
    if (widgetMarkerWeight(lines[i]!.text) === 0) continue;
    let weight = 0;
    let lastMarker = i;
    for (let j = i; j < lines.length && j - lastMarker <= WIDGET_CLUSTER_SPAN; j++) {
      const w = widgetMarkerWeight(lines[j]!.text);
      if (w === 0) continue;
      weight += w;
      lastMarker = j;
      if (weight >= WIDGET_CLUSTER_WEIGHT) return i;
    }
  }
  return null;
}

function findThreadStart(lines: TextLine[], from: number, before: number): number | null {
  const isName = lines.map((line) => isNameLike(line.text) || isSaysLine(line.text));
  // A name counts only when a reply follows it, which leaves out headings stacked on headings
  // and glossary terms printed twice in a row.
  const isReply = (i: number): boolean =>
    i < lines.length && !isName[i] && widgetMarkerWeight(lines[i]!.text) === 0 && !isCommentMetaLine(lines[i]!.text);
  const namedReply = (i: number): boolean =>
    isName[i]! && (isReply(i + 1) || (i + 1 < lines.length && isCommentMetaLine(lines[i + 1]!.text)));

  for (let i = from; i < before; i++) {
    if (!namedReply(i)) continue;
    const windowEnd = Math.min(lines.length, i + THREAD_WINDOW);
    let names = 0;
    let conversational = 0;
    let meta = 0;
    for (let j = i; j < windowEnd; j++) {
      const line = lines[j]!.text;
      if (namedReply(j)) names++;
      else if (isCommentMetaLine(line)) meta++;
      else if (isReply(j) && isConversational(line)) conversational++;
    }
    const repeats = repeatedNames(lines, i, Math.min(lines.length, i + REPEAT_HORIZON), namedReply);
    const enoughNames = names >= 3 || (names >= 2 && meta >= 1);
    const threadOnlySign = repeats >= 1 || conversational >= 2 || meta >= 1;
    const score = names + 2 * Math.min(repeats, 3) + Math.min(conversational, 4) + 2 * Math.min(meta, 3);
    if (enoughNames && threadOnlySign && score >= THREAD_SCORE) return i;
  }
  return null;
}

function repeatedNames(lines: TextLine[], from: number, to: number, namedReply: (i: number) => boolean): number {
  const seen = new Map<string, number>();
  for (let i = from; i < to; i++) {
    if (!namedReply(i)) continue;
    const key = lines[i]!.text.toLowerCase().replace(/\s+says:$/, '');
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  let repeated = 0;
  for (const count of seen.values()) if (count >= 2) repeated++;
  return repeated;
}
