// Elements that start and end a block of text: a paragraph break before and after.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'ul',
]);
// Elements that are one line of a list or table: a line break, so lists stay one item per line.
const LINES = new Set(['li', 'tr', 'option']);
const CELLS = new Set(['td', 'th']);
// Never article text, even after sanitising: skipped with their content.
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'head',
  'title',
  'button',
  'select',
  'textarea',
  'input',
  'audio',
  'video',
  'map',
]);

/**
 * Plain text of a DOM subtree, paragraphs separated by blank lines, list items and table rows on
 * their own lines. Iterative, so no tree depth can overflow the stack; the caller normalises the
 * spacing.
 */
export function domToText(root: Node): string {
  const parts: string[] = [];
  const stack: { node: Node; leaving: boolean; preformatted: boolean }[] = [{ node: root, leaving: false, preformatted: false }];
  while (stack.length > 0) {
    const { node, leaving, preformatted } = stack.pop()!;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const text = node.nodeValue ?? '';
      parts.push(preformatted ? text : text.replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */ && node.nodeType !== 11 /* DOCUMENT_FRAGMENT_NODE */ && node.nodeType !== 9) continue;
    // Lower-cased: linkedom keeps the case an element was created with (Readability makes "DIV"s).
    const name = node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '';
    if (leaving) {
      // A line ends where the next one starts; only blocks close with a break of their own.
      if (BLOCKS.has(name)) parts.push('\n\n');
      continue;
    }
    if (SKIPPED.has(name) || (node.nodeType === 1 && (node as Element).hasAttribute('hidden'))) continue;
    if (name === 'br') {
      parts.push('\n');
      continue;
    }
    if (name === 'img' || name === 'hr') {
      parts.push(separatorFor(name));
      continue;
    }
    parts.push(separatorFor(name));
    stack.push({ node, leaving: true, preformatted });
    const childPreformatted = preformatted || name === 'pre';
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false, preformatted: childPreformatted });
  }
  return parts.join('');
}

function separatorFor(name: string): string {
  if (BLOCKS.has(name)) return '\n\n';
  if (LINES.has(name)) return '\n';
  if (CELLS.has(name)) return '\t';
  return '';
}
