import { Lexer, type Token, type Tokens } from 'marked';

import type { MetadataHints } from '../core/metadata/types.js';

export interface MarkdownText {
  text: string;
  hints: MetadataHints;
}

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
 * Markdown as a reader would see it rendered, read with a real Markdown parser (marked's lexer):
 * headings, paragraphs, quotations and each list item become paragraphs; emphasis, links and
 * images become their text (link targets are dropped, except a headline's, which is the
 * article's address); code keeps its text; tables keep one line per row. YAML front matter
 * becomes metadata hints, and a site's footer (disclaimer, copyright, "Featured image is from…",
 * share and subscribe blocks) is left out, as a saved page's is.
 */
export function markdownToText(source: string): MarkdownText {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const hints: MetadataHints = {};
  const start = readFrontMatter(lines, hints);
  const blocks: string[] = [];
  for (const token of new Lexer({ gfm: true }).lex(lines.slice(start).join('\n'))) blocks.push(...blockTexts(token, hints));
  const kept = blocks.map((block) => block.trim()).filter((block) => block !== '');
  return { text: withoutFooter(kept).join('\n\n'), hints };
}

/** A run of Markdown signs a plain article never has: headings, inline links, strong emphasis, front matter. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 40_000);
  const headings = head.match(/^#{1,6}[ \t]+\S/gm)?.length ?? 0;
  const links = head.match(/\[[^\]\n]{1,300}\]\((?:https?:|mailto:|#|\/)[^)\s]*\)/g)?.length ?? 0;
  const strong = head.match(/(\*\*|__)\S[^\n]{0,200}?\S\1/g)?.length ?? 0;
  const frontMatter = /^---\r?\n[\s\S]{0,3000}?\r?\n---\r?\n/.test(head);
  const kinds = [headings > 0, links > 0, strong > 0, frontMatter].filter(Boolean).length;
  return kinds >= 2 || headings >= 2 || links >= 3;
}

function blockTexts(token: Token, hints: MetadataHints): string[] {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      const text = inlineText(heading.tokens);
      if (heading.depth === 1 && hints.title === undefined) {
        hints.title = text;
        // "# [Headline](https://…)": the headline links to the article itself.
        const link = heading.tokens.length === 1 && heading.tokens[0]!.type === 'link' ? (heading.tokens[0] as Tokens.Link).href : null;
        if (link && /^https?:\/\//i.test(link) && hints.url === undefined) hints.url = link;
      }
      return [text];
    }
    case 'paragraph':
      return [inlineText((token as Tokens.Paragraph).tokens)];
    case 'text':
      return [(token as Tokens.Text).tokens ? inlineText((token as Tokens.Text).tokens!) : decodeEntities(token.raw)];
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap((inner) => blockTexts(inner, hints));
    case 'list': {
      const list = token as Tokens.List;
      const first = typeof list.start === 'number' ? list.start : 1;
      return list.items.map((item, i) => {
        const text = item.tokens.flatMap((inner) => blockTexts(inner, hints)).join(' ');
        return list.ordered ? `${first + i}. ${text}` : text;
      });
    }
    case 'table': {
      const table = token as Tokens.Table;
      const rows = [table.header, ...table.rows].map((row) => row.map((cell) => inlineText(cell.tokens)).join(' | '));
      return [rows.join('\n')];
    }
    case 'code':
      return [(token as Tokens.Code).text];
    case 'html':
      return [decodeEntities(stripTags((token as Tokens.HTML).text))];
    default:
      // Rules, link definitions and blank space carry no text.
      return [];
  }
}

function inlineText(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities((token as Tokens.Text).text);
        break;
      case 'escape':
      case 'codespan':
        out += (token as Tokens.Escape).text;
        break;
      case 'image':
        out += decodeEntities((token as Tokens.Image).text);
        break;
      case 'br':
        out += '\n';
        break;
      case 'html':
        out += decodeEntities(stripTags((token as Tokens.Tag).text));
        break;
      default:
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeEntities((token as { text?: string }).text ?? '');
    }
  }
  return out;
}

// Footers sites print under an article. The first one in the last half of a text ends the article.
const FOOTER_STARTS = [
  /^disclaimer\b/i,
  /^featured image (?:is |was )?(?:from|by|credit|courtesy)\b/i,
  /^(?:copyright\b|©|\(c\)\s)/i,
  /^the original source of this article is\b/i,
  /^(?:share|share this|share this article|share on)[:.!]?$/i,
  /^(?:subscribe|sign up)\b.{0,80}(?:newsletter|updates|mailing list|to our)/i,
  /^(?:related (?:articles|posts|stories)|you may also like|read more)[:.]?$/i,
  /^comment on .{0,60}articles? on our .{0,40}page/i,
];

function withoutFooter(blocks: string[]): string[] {
  for (let i = Math.ceil(blocks.length / 2); i < blocks.length; i++) {
    if (FOOTER_STARTS.some((pattern) => pattern.test(blocks[i]!))) return blocks.slice(0, i);
  }
  return blocks;
}

function stripTags(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?[a-zA-Z][^>]*>/g, '');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
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
