import type { html as Html, TreeAdapter, TreeAdapterTypeMap } from 'parse5';

type LinkedomTypes = TreeAdapterTypeMap<
  Node,
  ParentNode & Node,
  ChildNode,
  Document,
  DocumentFragment,
  Element,
  Comment,
  Text,
  HTMLTemplateElement,
  DocumentType
>;

export type ParseHtmlDocument = (markup: string) => Document;

/**
 * A page as a DOM that Readability and domToText can read: parsed by parse5 — the HTML parser
 * jsdom uses, so the tree is the one the HTML standard (and jsdom) builds: implied <html>, <head>
 * and <body>, misnested tags, tables and foster parenting — into linkedom's nodes, which are light
 * and fast to build, walk and change. linkedom's own parser is not used: it keeps the tags as
 * written, so a page without <body> or with misnested markup would give a different tree.
 *
 * Nothing here can run or fetch anything: linkedom has no script engine, no network and no
 * style or image loading, and parse5 only builds the tree. The result is not a browser document;
 * the article is read from it as text only (see extract-html.ts). parse5 and linkedom are loaded
 * on the first page only.
 */
export async function loadHtmlParser(): Promise<ParseHtmlDocument> {
  const [{ DOMParser }, parse5] = await Promise.all([import('linkedom'), import('parse5')]);
  const { html } = parse5;
  return (markup) => {
    const document = new DOMParser().parseFromString('', 'text/html') as unknown as Document;
    parse5.parse<LinkedomTypes>(markup, { treeAdapter: linkedomTreeAdapter(document, html), scriptingEnabled: false });
    // As in a browser's HTML document (and jsdom): names given to createElement are lower-cased
    // (Readability creates "DIV"s and "P"s; linkedom would keep them upper-case, and
    // getElementsByTagName('div') would then miss them).
    const createElement = document.createElement.bind(document);
    document.createElement = ((name: string, options?: ElementCreationOptions) =>
      createElement(name.toLowerCase(), options)) as Document['createElement'];
    // As in the standard (and jsdom): the first <title> anywhere, its whitespace collapsed.
    // linkedom looks only in <head> and keeps the whitespace, which Readability's title rules see.
    Object.defineProperty(document, 'title', { configurable: true, get: () => titleOf(document) });
    return document;
  };
}

const NOT_ASCII_WHITESPACE = /[^\t\n\f\r ]+/g;

function titleOf(document: Document): string {
  const title = document.getElementsByTagName('title')[0];
  if (!title) return '';
  let text = '';
  for (let child = title.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 /* TEXT_NODE */) text += (child as Text).data;
  }
  return (text.match(NOT_ASCII_WHITESPACE) ?? []).join(' ');
}

/** parse5's tree construction, building linkedom nodes in `document`. */
function linkedomTreeAdapter(document: Document, html: typeof Html): TreeAdapter<LinkedomTypes> {
  // linkedom makes every element that is not SVG an HTML element; parse5 needs to know which are
  // MathML (and SVG) to build foreign content as the standard says, so it is kept here.
  const foreign = new WeakMap<Element, Html.NS>();
  const templates = new WeakMap<HTMLTemplateElement, DocumentFragment>();
  let mode = html.DOCUMENT_MODE.NO_QUIRKS;

  const setAttributes = (element: Element, attrs: { name: string; value: string; prefix?: string }[], onlyMissing: boolean): void => {
    for (const { name, value, prefix } of attrs) {
      const qualified = prefix ? `${prefix}:${name}` : name;
      if (onlyMissing && element.hasAttribute(qualified)) continue;
      element.setAttribute(qualified, value);
    }
  };

  return {
    createDocument: () => document,
    createDocumentFragment: () => document.createDocumentFragment(),
    createElement(tagName, namespaceURI, attrs) {
      const element = namespaceURI === html.NS.HTML ? document.createElement(tagName) : document.createElementNS(namespaceURI, tagName);
      if (namespaceURI !== html.NS.HTML) foreign.set(element, namespaceURI);
      setAttributes(element, attrs, false);
      return element;
    },
    createCommentNode: (data) => document.createComment(data),
    createTextNode: (value) => document.createTextNode(value),
    appendChild: (parentNode, newNode) => void parentNode.appendChild(newNode),
    insertBefore: (parentNode, newNode, referenceNode) => void parentNode.insertBefore(newNode, referenceNode),
    setTemplateContent: (templateElement, contentElement) => void templates.set(templateElement, contentElement),
    getTemplateContent: (templateElement) => templates.get(templateElement) ?? document.createDocumentFragment(),
    // The doctype only matters through the document mode, which is kept below.
    setDocumentType: () => undefined,
    setDocumentMode: (_document, documentMode) => void (mode = documentMode),
    getDocumentMode: () => mode,
    detachNode: (node) => void node.parentNode?.removeChild(node),
    insertText(parentNode, text) {
      const last = parentNode.lastChild;
      if (last?.nodeType === 3) (last as Text).data += text;
      else parentNode.appendChild(document.createTextNode(text));
    },
    insertTextBefore(parentNode, text, referenceNode) {
      const previous = referenceNode.previousSibling;
      if (previous?.nodeType === 3) (previous as Text).data += text;
      else parentNode.insertBefore(document.createTextNode(text), referenceNode);
    },
    // A second <html> or <body> tag adds the attributes the element does not have yet.
    adoptAttributes: (recipient, attrs) => setAttributes(recipient, attrs, true),
    getFirstChild: (node) => node.firstChild,
    getChildNodes: (node) => Array.from(node.childNodes),
    getParentNode: (node) => node.parentNode as (ParentNode & Node) | null,
    getAttrList: (element) => Array.from(element.attributes, ({ name, value }) => ({ name, value })),
    getTagName: (element) => element.localName,
    getNamespaceURI: (element) => foreign.get(element) ?? html.NS.HTML,
    getTextNodeContent: (textNode) => textNode.data,
    getCommentNodeContent: (commentNode) => commentNode.data,
    getDocumentTypeNodeName: (doctypeNode) => doctypeNode.name,
    getDocumentTypeNodePublicId: (doctypeNode) => doctypeNode.publicId,
    getDocumentTypeNodeSystemId: (doctypeNode) => doctypeNode.systemId,
    isTextNode: (node): node is Text => node.nodeType === 3,
    isCommentNode: (node): node is Comment => node.nodeType === 8,
    isDocumentTypeNode: (node): node is DocumentType => node.nodeType === 10,
    isElementNode: (node): node is Element => node.nodeType === 1,
    setNodeSourceCodeLocation: () => undefined,
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => undefined,
  };
}
