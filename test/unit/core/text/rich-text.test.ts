import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $getRoot, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';

import { sanitiseRichText } from '../../../../core/text/rich-text.js';

const state = (children: unknown[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } });
const para = (children: unknown[], extra: object = {}) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
});
const txt = (text: string, extra: object = {}) => ({
  type: 'text',
  version: 1,
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  ...extra,
});

/** Loads editor state into an editor with the nodes the notes and rationale editors register. */
function load(json: string): { text: string; html: string } {
  const editor = createEditor({
    nodes: [ListNode, ListItemNode, LinkNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(json));
  return editor
    .getEditorState()
    .read(() => ({ text: $getRoot().getTextContent(), html: JSON.stringify(editor.getEditorState().toJSON()) }));
}

describe('sanitiseRichText', () => {
  it('keeps paragraphs, bold and italic, lists and web links as the editors write them', () => {
    const json = state([
      para([txt('Checked with '), txt('two', { format: 1 }), txt(' sources', { format: 2 })]),
      {
        type: 'list',
        version: 1,
        listType: 'number',
        tag: 'ol',
        start: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [{ type: 'listitem', version: 1, value: 1, direction: 'ltr', format: '', indent: 0, children: [txt('Ministry')] }],
      },
      para([
        {
          type: 'link',
          version: 1,
          url: 'https://example.org/a',
          rel: null,
          target: null,
          title: null,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [txt('the report')],
        },
      ]),
    ]);
    const clean = sanitiseRichText(json)!;
    expect(load(clean).text).toBe('Checked with two sources\n\nMinistry\n\nthe report');
    expect(clean).toContain('"format":1');
    expect(clean).toContain('"url":"https://example.org/a"');
  });

  it('drops inline CSS, unknown nodes and script links, keeping their words', () => {
    const json = state([
      para([txt('VERDICT: TRUE', { style: 'position:fixed;inset:0;z-index:9999;font-size:200px;background:red', format: 1 | 128 })], {
        textStyle: 'color:red',
      }),
      { type: 'iframe-embed', version: 1, src: 'https://evil.example', text: 'embedded words' },
      para([{ type: 'link', version: 1, url: 'javascript:alert(1)', children: [txt('click me')] }]),
    ]);
    const clean = sanitiseRichText(json)!;
    expect(clean).not.toMatch(/position|z-index|color:red|javascript|iframe/u);
    const loaded = load(clean);
    expect(loaded.text).toContain('VERDICT: TRUE');
    expect(loaded.text).toContain('embedded words');
    expect(loaded.text).toContain('click me');
  });

  it('gives the same text back when it is given its own output, so saves are recognised', () => {
    const once = sanitiseRichText(state([para([txt('Once', { format: 3, style: 'color:red' })])]))!;
    expect(sanitiseRichText(once)).toBe(once);
  });

  it('says when the input is not editor state, and survives nesting too deep to be real', () => {
    expect(sanitiseRichText('not json')).toBeNull();
    expect(sanitiseRichText('{"root": 3}')).toBeNull();
    let deep: unknown = txt('bottom');
    for (let i = 0; i < 1000; i += 1) deep = { type: 'mystery', children: [deep] };
    const clean = sanitiseRichText(state([para([deep])]))!;
    expect(load(clean).text).toBe('bottom');
  });
});

// Imported so the test fails loudly if headings or quotes are ever registered without a sanitiser rule.
void HeadingNode;
void QuoteNode;
