import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

import { escapeForScript, jsonLdScript, jsonLdText } from '../../../../core/reports/json-ld.js';

const HOSTILE = { claimReviewed: 'He wrote </script><script>alert(1)</script> and <!-- and & and </SCRIPT >', note: 'a\u2028b\u2029c' };

describe('JSON-LD for embedding in a web page', () => {
  it('writes <, >, &, U+2028 and U+2029 as \\u escapes, leaving the value unchanged', () => {
    const text = jsonLdText(HOSTILE);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(text).toContain('He wrote \\u003c/script\\u003e\\u003cscript\\u003e');
    expect(text).toContain('\\u003c!-- and \\u0026 and \\u003c/SCRIPT \\u003e');
    expect(text).toContain('a\\u2028b\\u2029c');
    expect(JSON.parse(text)).toEqual(HOSTILE);
  });

  it('escapes only inside strings, where JSON allows it, so any JSON stays valid', () => {
    const json = JSON.stringify({ '<key>': ['&', 1, null, { nested: '>' }] });
    expect(JSON.parse(escapeForScript(json))).toEqual(JSON.parse(json));
  });

  it('makes a script element an HTML parser reads to its own end, holding the data intact', () => {
    const page = new JSDOM(`<!DOCTYPE html><body>${jsonLdScript(HOSTILE)}<p id="after">after</p></body>`).window.document;
    const scripts = page.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('type')).toBe('application/ld+json');
    expect(JSON.parse(scripts[0]!.textContent!)).toEqual(HOSTILE);
    expect(page.getElementById('after')?.textContent).toBe('after');
  });
});
