// User text pasted into a CMS as Markdown must read as text: a statement starting "1." must not
// become a list, a claimant "*Anonymous*" must not turn italic, a comment "<script>" must not
// become HTML. CommonMark lets any ASCII punctuation be backslash-escaped, so escaping too much is
// harmless while escaping too little changes what the reader sees.

// Characters that start inline syntax anywhere in a line (links, emphasis, code, HTML, tables,
// strikethrough), and `#`, which ends a heading when it trails one. `&` is handled separately
// because only entity-like runs matter.
const INLINE_SPECIALS = /[\\`*_[\]<>|~#]/gu;
// Markers that only mean something at the start of a line: headings, quotes, list bullets,
// ordered-list numbers and setext underlines.
const LINE_START = /^(\s*)(?:([#>+\-=])|(\d{1,9})([.)]))/u;

/**
 * One line of user text: line breaks become spaces. For headings, list items, table cells and
 * pieces of a line; surrounding spaces are kept so pieces can be joined.
 */
export function markdownInline(text: string): string {
  return escapeText(text.replace(/\s*[\r\n]+\s*/gu, ' '));
}

/** User text that may span lines: paragraphs stay paragraphs, line breaks become hard breaks. */
export function markdownParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) =>
      p
        .split(/\r?\n/u)
        // Leading spaces are dropped: four of them would turn the line into a code block.
        .map((line) => escapeText(line.trim()))
        .join('  \n'),
    );
}

/** Text for a table cell: inline, with pipes escaped (the inline escape already covers them). */
export function markdownCell(text: string): string {
  return markdownInline(text).trim() || ' ';
}

// Line-start markers are escaped wherever the text begins, which is harmless mid-line and
// necessary when the text does start a line or follows a list marker ("- 1. …").
function escapeText(text: string): string {
  const escaped = text.replace(INLINE_SPECIALS, (ch) => `\\${ch}`).replace(/&(?=#?[a-z0-9]+;)/giu, '\\&');
  return escaped.replace(LINE_START, (_all, space: string, marker?: string, digits?: string, delimiter?: string) =>
    marker ? `${space}\\${marker}` : `${space}${digits ?? ''}\\${delimiter ?? ''}`,
  );
}
