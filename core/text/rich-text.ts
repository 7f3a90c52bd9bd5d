// Rich text (notes, rationales) is stored as Lexical editor state, and editor state can carry more
// than the editors here ever write: inline CSS on text, node types no editor registers, links to
// scripts. Whatever arrives — from the API, a bundle or an old row — is rebuilt from the few
// formats the editors offer, so a record can style nothing and run nothing when it is shown.

type Json = Record<string, unknown>;

// Text format bits the editors set: bold 1, italic 2 (the others are harmless classes, but no
// editor here offers them, so they are dropped rather than kept unseen).
const TEXT_FORMATS = 1 | 2;
const ALIGNMENTS = new Set(['', 'left', 'start', 'center', 'right', 'end', 'justify']);
const MAX_DEPTH = 32;
const MAX_INDENT = 10;

/** Whether a link may be kept: web and mail addresses only, never script or data URLs. */
export function isSafeLinkUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/**
 * Editor state rebuilt from paragraphs, line breaks, bold and italic text, lists and safe links;
 * null when the input is not editor state at all (the caller then falls back to plain text).
 */
export function sanitiseRichText(json: string): string | null {
  const root = editorStateRoot(json);
  if (!root) return null;
  const children = blocksOf(root, 0);
  return JSON.stringify({
    root: { ...elementFields(root), type: 'root', version: 1, children: children.length > 0 ? children : [paragraph([])] },
  });
}

/** The block-level children of an element: paragraphs and lists, with stray inline nodes wrapped. */
function blocksOf(element: Json, depth: number): Json[] {
  const blocks: Json[] = [];
  let loose: Json[] = [];
  const flush = () => {
    if (loose.length > 0) blocks.push(paragraph(loose));
    loose = [];
  };
  for (const child of childrenOf(element)) {
    if (child.type === 'list' && depth < MAX_DEPTH) {
      flush();
      blocks.push(list(child, depth + 1));
    } else if (isBlock(child)) {
      flush();
      blocks.push(paragraph(inlinesOf(child, depth + 1), child));
    } else {
      loose.push(...inline(child, depth + 1));
    }
  }
  flush();
  return blocks;
}

function isBlock(node: Json): boolean {
  return (
    ['paragraph', 'heading', 'quote', 'listitem'].includes(String(node.type)) ||
    (Array.isArray(node.children) && !['link', 'autolink'].includes(String(node.type)))
  );
}

function list(node: Json, depth: number): Json {
  const numbered = node.listType === 'number';
  const items = childrenOf(node).map((item) => ({
    ...elementFields(item),
    type: 'listitem',
    version: 1,
    value: typeof item.value === 'number' && Number.isFinite(item.value) ? Math.trunc(item.value) : 1,
    children: item.type === 'listitem' ? listItemChildren(item, depth) : inline(item, depth),
  }));
  return {
    ...elementFields(node),
    type: 'list',
    version: 1,
    listType: numbered ? 'number' : 'bullet',
    tag: numbered ? 'ol' : 'ul',
    start: typeof node.start === 'number' && Number.isFinite(node.start) ? Math.max(1, Math.trunc(node.start)) : 1,
    children: items,
  };
}

/** A list item holds text, and may hold a nested list. */
function listItemChildren(item: Json, depth: number): Json[] {
  return childrenOf(item).flatMap((child) =>
    child.type === 'list' && depth < MAX_DEPTH ? [list(child, depth + 1)] : inline(child, depth + 1),
  );
}

function inlinesOf(element: Json, depth: number): Json[] {
  return childrenOf(element).flatMap((child) => inline(child, depth));
}

/** An inline node as the editors write it, or the text it holds. */
function inline(node: Json, depth: number): Json[] {
  if (depth > MAX_DEPTH) {
    const words = allText(node);
    return words ? [text(words, 0)] : [];
  }
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' && node.text !== '' ? [text(node.text, node.format)] : [];
    case 'linebreak':
      return [{ type: 'linebreak', version: 1 }];
    case 'tab':
      return [text('\t', 0)];
    case 'link':
    case 'autolink': {
      const children = inlinesOf(node, depth + 1).filter((child) => child.type === 'text');
      if (typeof node.url !== 'string' || !isSafeLinkUrl(node.url)) return children;
      return [{ ...elementFields(node), type: 'link', version: 1, url: node.url, rel: 'noreferrer', target: null, title: null, children }];
    }
    default:
      // A node no editor here writes keeps only its words.
      return Array.isArray(node.children) ? inlinesOf(node, depth + 1) : textOf(node) ? [text(textOf(node), 0)] : [];
  }
}

function paragraph(children: Json[], from: Json = {}): Json {
  return { ...elementFields(from), type: 'paragraph', version: 1, textFormat: 0, textStyle: '', children };
}

function text(value: string, format: unknown): Json {
  const bits = typeof format === 'number' && Number.isInteger(format) ? format & TEXT_FORMATS : 0;
  return { type: 'text', version: 1, text: value, format: bits, detail: 0, mode: 'normal', style: '' };
}

/** The fields every element keeps, each checked: direction, alignment and indent. */
function elementFields(node: Json): Json {
  const format = typeof node.format === 'string' && ALIGNMENTS.has(node.format) ? node.format : '';
  const direction = node.direction === 'ltr' || node.direction === 'rtl' ? node.direction : null;
  const indent =
    typeof node.indent === 'number' && Number.isFinite(node.indent) ? Math.min(MAX_INDENT, Math.max(0, Math.trunc(node.indent))) : 0;
  return { direction, format, indent };
}

/** Every word under a node, gathered without recursion however deep the nesting goes. */
function allText(node: Json): string {
  let words = '';
  const stack: Json[] = [node];
  while (stack.length > 0) {
    const next = stack.pop() as Json;
    words += textOf(next);
    stack.push(...childrenOf(next).reverse());
  }
  return words;
}

function childrenOf(node: Json): Json[] {
  return Array.isArray(node.children) ? node.children.filter(isObject) : [];
}

function textOf(node: Json): string {
  return typeof node.text === 'string' ? node.text : '';
}

/**
 * The root node of serialised editor state, or null when the text is not editor state: not JSON,
 * nested beyond what the parser's stack holds, or JSON without a root object.
 */
export function editorStateRoot(json: string | null | undefined): Record<string, unknown> | null {
  if (!json) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  return isObject(parsed) && isObject(parsed.root) ? parsed.root : null;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
