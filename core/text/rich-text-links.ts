// What a rich text (a rationale, notes) says and where it links, read from Lexical editor state.
// The plain text kept beside a rich text leaves its links out, so a change of link target alone is
// only visible here.
import { editorStateRoot } from './rich-text.js';

const MAX_DEPTH = 64;
const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem']);

export interface RichTextOutline {
  /** The words, one line per paragraph or list item. */
  text: string;
  /** Every link target, in reading order. */
  links: string[];
}

/** The words and link targets of editor state; null when the value is not editor state. */
export function richTextOutline(json: string | null | undefined): RichTextOutline | null {
  const root = editorStateRoot(json);
  if (!root) return null;
  const outline = { lines: [''], links: [] as string[] };
  collect(root, 0, outline);
  return {
    text: outline.lines
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
    links: outline.links,
  };
}

/** Every link target in editor state, in reading order; empty when it is not editor state. */
export function richTextLinks(json: string | null | undefined): string[] {
  return richTextOutline(json)?.links ?? [];
}

function collect(node: Record<string, unknown>, depth: number, outline: { lines: string[]; links: string[] }): void {
  if ((node.type === 'link' || node.type === 'autolink') && typeof node.url === 'string') outline.links.push(node.url);
  if (typeof node.text === 'string') outline.lines[outline.lines.length - 1] += node.text;
  if (node.type === 'linebreak') outline.lines.push('');
  if (depth >= MAX_DEPTH || !Array.isArray(node.children)) return;
  for (const child of node.children) if (isObject(child)) collect(child, depth + 1, outline);
  if (BLOCKS.has(String(node.type))) outline.lines.push('');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
