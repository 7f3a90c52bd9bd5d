// Rebuilds the reviewer's formatted rationale (bold, italic, lists, links) from its Lexical JSON
// without the Lexical runtime, which core cannot import. Only a known handful of node types and
// text formats become markup; every string is escaped and every link is checked, so a crafted
// editor state cannot put anything into the report that plain text could not.
import { editorStateRoot } from '../text/rich-text.js';
import { escapeHtml, safeHttpUrl } from './html-escape.js';

// Lexical's text format bit flags.
const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const UNDERLINE = 8;
const CODE = 16;
const SUBSCRIPT = 32;
const SUPERSCRIPT = 64;

// Deeper trees are not written by the editor; refusing them keeps a hostile file from exhausting
// the stack.
const MAX_DEPTH = 40;

interface LexicalNode {
  type?: unknown;
  children?: unknown;
  text?: unknown;
  format?: unknown;
  tag?: unknown;
  listType?: unknown;
  url?: unknown;
}

/** HTML for a serialised Lexical editor state, or null when it cannot be read or is empty. */
export function renderLexicalHtml(json: string | null | undefined): string | null {
  const root = editorStateRoot(json) as LexicalNode | null;
  if (!root) return null;
  try {
    const html = renderChildren(root, 0);
    return html.replace(/<[^>]*>/gu, '').trim() === '' ? null : html;
  } catch {
    return null;
  }
}

function renderChildren(node: LexicalNode, depth: number): string {
  if (depth > MAX_DEPTH) throw new Error('editor state nested too deeply');
  if (!Array.isArray(node.children)) return '';
  return node.children
    .filter(isNode)
    .map((child) => renderNode(child, depth + 1))
    .join('');
}

function renderNode(node: LexicalNode, depth: number): string {
  const inner = (): string => renderChildren(node, depth);
  switch (node.type) {
    case 'paragraph':
      return `<p dir="auto">${inner()}</p>`;
    case 'heading':
      // Headings inside a rationale would compete with the report's own; they become bold lines.
      return `<p dir="auto"><strong>${inner()}</strong></p>`;
    case 'quote':
      return `<blockquote dir="auto">${inner()}</blockquote>`;
    case 'list':
      return node.listType === 'number' ? `<ol>${inner()}</ol>` : `<ul>${inner()}</ul>`;
    case 'listitem':
      return `<li dir="auto">${inner()}</li>`;
    case 'linebreak':
      return '<br>';
    case 'tab':
      return ' ';
    case 'link':
    case 'autolink': {
      const href = safeHttpUrl(typeof node.url === 'string' ? node.url : null);
      const content = inner();
      return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${content}</a>` : content;
    }
    case 'text':
      return renderText(node);
    default:
      if (typeof node.text === 'string') return escapeHtml(node.text);
      return inner();
  }
}

function renderText(node: LexicalNode): string {
  let html = escapeHtml(typeof node.text === 'string' ? node.text : '');
  const format = typeof node.format === 'number' ? node.format : 0;
  if (format & CODE) html = `<code>${html}</code>`;
  if (format & SUBSCRIPT) html = `<sub>${html}</sub>`;
  if (format & SUPERSCRIPT) html = `<sup>${html}</sup>`;
  if (format & STRIKETHROUGH) html = `<s>${html}</s>`;
  if (format & UNDERLINE) html = `<u>${html}</u>`;
  if (format & ITALIC) html = `<em>${html}</em>`;
  if (format & BOLD) html = `<strong>${html}</strong>`;
  return html;
}

function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
