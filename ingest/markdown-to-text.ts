import type { MetadataHints } from '../core/metadata/types.js';

export interface MarkdownText {
  text: string;
  hints: MetadataHints;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const FRONT_MATTER_KEYS: Record<string, keyof MetadataHints> = {
  title: 'title',
  author: 'byline',
  byline: 'byline',
  authors: 'byline',
  date: 'publishedTime',
  published: 'publishedTime',
  published_at: 'publishedTime',
  publishedtime: 'publishedTime',
  url: 'url',
  source: 'url',
  canonical: 'url',
  canonical_url: 'url',
  link: 'url',
  lang: 'lang',
  language: 'lang',
  site: 'siteName',
  site_name: 'siteName',
  sitename: 'siteName',
  outlet: 'siteName',
  publisher: 'siteName',
};

/**
 * Markdown as a reader would see it rendered: headings, emphasis, links and images become their
 * text, list items stay one per line (bullets dropped, numbers kept), code keeps its text, and
 * YAML front matter becomes metadata hints instead of text.
 */
export function markdownToText(source: string): MarkdownText {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const hints: MetadataHints = {};
  const start = readFrontMatter(lines, hints);
  const out: string[] = [];
  let fence: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      else out.push(line);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    const previous = out[out.length - 1];
    if (SETEXT_UNDERLINE.test(line) && previous !== undefined && previous.trim() !== '') {
      if (line.trim().startsWith('=') && hints.title === undefined) hints.title = previous.trim();
      out.push('');
      continue;
    }
    if (TABLE_DELIMITER.test(line) && /\|/.test(line)) continue;
    if (RULE.test(line) || REFERENCE_DEFINITION.test(line)) {
      out.push('');
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      const text = inlineText(heading[2]!);
      if (heading[1] === '#' && hints.title === undefined) hints.title = text;
      out.push('', text, '');
      continue;
    }
    out.push(blockLine(line));
  }
  return { text: out.join('\n'), hints };
}

function blockLine(line: string): string {
  let text = line;
  while (/^\s{0,3}>/.test(text)) text = text.replace(/^\s{0,3}>\s?/, '');
  text = text.replace(/^\s*[-*+]\s+(\[[ xX]\]\s+)?/, '');
  if (/^\s*\|.*\|\s*$/.test(text)) {
    text = text
      .trim()
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim())
      .join(' | ');
  }
  return inlineText(text);
}

/**
 * Inline syntax patterns scan ahead for their closing marker; on a line of hostile length that is
 * quadratic, so such lines keep their text as written.
 */
const MAX_INLINE_LINE = 20_000;

// Escaped punctuation is parked in the private use area while the inline patterns run, so
// "\\*not emphasis\\*" keeps its asterisks.
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
const PARKED = /[\uE000-\uE07F]/g;

function inlineText(text: string): string {
  if (text.length > MAX_INLINE_LINE) return text;
  return text
    .replace(ESCAPED, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, __, code: string) => code.trim())
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(PARKED, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
}

/** YAML front matter between "---" lines at the very top: simple "key: value" pairs only. */
function readFrontMatter(lines: string[], hints: MetadataHints): number {
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((line, i) => i > 0 && i <= 60 && /^(---|\.\.\.)\s*$/.test(line));
  if (end === -1) return 0;
  for (const line of lines.slice(1, end)) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.+?)\s*$/.exec(line);
    if (!match) continue;
    const key = FRONT_MATTER_KEYS[match[1]!.toLowerCase().replace(/-/g, '_')];
    const value = match[2]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (key && value && hints[key] === undefined) hints[key] = value;
  }
  return end + 1;
}
