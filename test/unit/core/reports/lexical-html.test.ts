import { describe, expect, it } from 'vitest';

import { renderLexicalHtml } from '../../../../core/reports/lexical-html.js';

describe('formatted rationale', () => {
  it('falls back to plain text for anything that is not a readable editor state', () => {
    expect(renderLexicalHtml(null)).toBeNull();
    expect(renderLexicalHtml('not json')).toBeNull();
    expect(renderLexicalHtml('{"root": 5}')).toBeNull();
    expect(renderLexicalHtml(JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [] }] } }))).toBeNull();
  });

  it('refuses an editor state nested deeper than the editor ever writes', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep', format: 0 };
    for (let i = 0; i < 100; i += 1) node = { type: 'quote', children: [node] };
    expect(renderLexicalHtml(JSON.stringify({ root: { type: 'root', children: [node] } }))).toBeNull();
  });

  it('turns unknown node types into their escaped text, never into markup', () => {
    const state = {
      root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'custom-embed', text: '<iframe src="https://x">' }] }] },
    };
    expect(renderLexicalHtml(JSON.stringify(state))).toBe('<p dir="auto">&lt;iframe src=&quot;https://x&quot;&gt;</p>');
  });
});
