import { marked } from 'marked';
import { describe, expect, it } from 'vitest';

import { markdownCell, markdownInline, markdownParagraphs, markdownProse } from '../../../../core/reports/markdown-escape.js';
import { renderMarkdown } from '../../../../core/reports/markdown-report.js';
import { buildFixtureModel, DOCUMENTS } from './fixture-model.js';

// What a CommonMark renderer shows for escaped text: every backslash-escaped punctuation mark
// stands for itself.
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/gu, '$1');
}

// Inline syntax characters that are not escaped would change the rendering.
const UNESCAPED_SPECIAL = /(?<!\\)[*_`<>[\]|~#]/u;

describe('markdown escaping', () => {
  const hostile = [
    '1. *Anonymous* said <b>hi</b> | [link](http://x) ~~no~~ `code` &amp; #tag',
    '- a bullet',
    '> a quote',
    '# a heading',
    '=SUM(A1)',
    '+1 for this',
    '2) second',
    'reader_77 wrote __this__',
  ];

  it('shows user text exactly as written, with nothing left to be read as Markdown', () => {
    for (const text of hostile) {
      const escaped = markdownInline(text);
      expect(unescape(escaped)).toBe(text);
      expect(escaped).not.toMatch(UNESCAPED_SPECIAL);
      expect(escaped).not.toMatch(/^([-+>=]|\d+[.)])/u);
    }
    expect(markdownInline('1. *Anonymous* said <b>hi</b>')).toBe('1\\. \\*Anonymous\\* said \\<b\\>hi\\</b\\>');
    expect(markdownInline('AT&T &amp; co')).toBe('AT&T \\&amp; co');
  });

  it('keeps paragraphs and line breaks but never lets a line become a list, quote or code block', () => {
    expect(markdownParagraphs('First line\n- not a list\n    not code\n\n> not a quote')).toEqual([
      'First line  \n\\- not a list  \nnot code',
      '\\> not a quote',
    ]);
  });

  it('leaves web addresses in prose unescaped, as links that work', () => {
    expect(markdownProse('See https://en.wikipedia.org/wiki/Idlib_Governorate.')).toBe(
      'See <https://en.wikipedia.org/wiki/Idlib_Governorate>.',
    );
    expect(markdownParagraphs('Per (https://en.wikipedia.org/wiki/Idlib_(city)), *not* https://x.example/a_b?q=1&r=[2]')).toEqual([
      'Per (<https://en.wikipedia.org/wiki/Idlib_(city)>), \\*not\\* <https://x.example/a_b?q=1&r=[2]>',
    ]);
    // The text around an address is still escaped; an address with a space ends at the space.
    expect(markdownProse('1. http://a.example/x y_z')).toBe('1\\. <http://a.example/x> y\\_z');
    expect(markdownProse('https:// and javascript:alert(1)')).toBe('https:// and javascript:alert(1)');
  });

  it('keeps table cells on one line with pipes escaped', () => {
    expect(markdownCell('a | b\nc')).toBe('a \\| b c');
    expect(markdownCell('')).toBe(' ');
  });
});

describe('renderMarkdown', () => {
  const model = buildFixtureModel();
  const md = renderMarkdown(model);
  const lines = md.split('\n');

  it('has the report structure a CMS editor expects', () => {
    expect(lines[0]).toBe('# Idlib buffer zone: who said the weapons stayed?');
    expect(md).toContain('**Northbridge Verification Desk** · Verification report · 11 October 2018');
    const h2 = lines.filter((l) => l.startsWith('## '));
    expect(h2).toEqual(['## Summary', '## Claims', '## Sources']);
    expect(lines.filter((l) => l.startsWith('### '))).toEqual([`### ${DOCUMENTS.english.title}`, `### ${DOCUMENTS.persian.title}`]);
    expect(lines.filter((l) => l.startsWith('#### ')).map((l) => l.match(/^#### (\d+)\. /u)?.[1])).toEqual(
      model.claims.map((_, i) => String(i + 1)),
    );
  });

  it('summarises verdicts and statuses in tables', () => {
    expect(md).toContain('| Verdict | Claims | Share |\n| --- | ---: | ---: |\n| True | 1 | 14% |');
    expect(md).toContain('| Not yet rated | 2 | 29% |');
    expect(md).toContain('| In review | 2 |');
  });

  it('quotes each claim in its sentence with the quoted words in bold', () => {
    expect(md).toContain('> “**We have not withdrawn a single heavy weapon, and we will not**,” NLF spokesman Naji Mustafa told AFP.');
    expect(md).toContain('adding that **Turkish observers confirmed the withdrawal of heavy weapons** from the southern sector');
    expect(md).toContain('**شبه‌نظامیان سلاح‌های سنگین خود را از منطقه حائل خارج نکرده‌اند**');
  });

  it('labels the verdict, status, reviewer, claimant and chain, flagging unnamed sources', () => {
    expect(md).toContain(
      '- **Verdict:** False\n- **Status:** Done\n- **Reviewer:** Leila Ahmadi\n- **Claimant:** NLF spokesman Naji Mustafa\n- **Attribution:** Alwaght → AFP (quoted) → NLF spokesman Naji Mustafa (quoted)',
    );
    // An unassigned claim has no reviewer line at all, and a name is text, never markup.
    expect(md).toContain('- **Verdict:** True\n- **Status:** Done\n- **Claimant:** Russian officials');
    expect(md).toContain('- **Reviewer:** Omid \\<Karimi\\> & co\n');
    expect(md).toContain(
      '- **Attribution:** Alwaght → Fars (cited) → Arab sources (cited) ⚠ *unnamed* — *The chain ends in an unnamed source.*',
    );
  });

  it('links web evidence and never links anything else', () => {
    expect(md).toContain(
      '- **Refutes** — [Satellite imagery, 8 October: artillery leaving NLF positions](<https://imagery.example/reports/idlib-2018-10-08?a=1&b=2>)',
    );
    expect(md).toContain('- **Context** — \\<img src=x onerror=alert(1)\\> — javascript:alert(document.cookie)');
    expect(md).not.toMatch(/\]\(<?javascript:/u);
    expect(md).toContain('file nlf-statement-2018-10-08.pdf (243 KB, application/pdf)');
  });

  it('escapes hostile text from the article and the reader thread', () => {
    expect(md).not.toMatch(/(?<!\\)<script/u);
    expect(md).toContain('reader\\_77: **\\<script\\>alert("pwned")\\</script\\> this is all lies & propaganda**');
    expect(md).toContain('#### 2. \\-30% fewer fighters');
    expect(md).toContain("**\\=cmd\\|' /C calc'!A0 lol, who believes AFP anyway?**");
  });

  it('keeps every web address a working link, never escaped inside', () => {
    const wiki = 'https://en.wikipedia.org/wiki/Idlib_Governorate';
    const withLinks = {
      ...model,
      documents: model.documents.map((d) => (d.id === DOCUMENTS.english.id ? { ...d, url: wiki } : d)),
      claims: model.claims.map((c, i) =>
        i === 0
          ? {
              ...c,
              rationaleText: `The governorate’s borders: ${wiki}.`,
              evidence: c.evidence.map((e, j) => (j === 0 ? { ...e, title: '', url: `${wiki}#Geography` } : e)),
            }
          : c,
      ),
    };
    const text = renderMarkdown(withLinks);
    expect(text).not.toContain('Idlib\\_Governorate');
    expect(text).toContain(`<${wiki}>`);
    expect(text).toContain(`The governorate’s borders: <${wiki}>.`);
    expect(text).toContain(`- **Refutes** — <${wiki}#Geography>`);
    const hrefs = [...(marked.parse(text, { async: false }) as string).matchAll(/<a href="([^"]+)"/gu)].map((m) => m[1]);
    expect(hrefs.filter((href) => href?.includes('Idlib'))).toEqual([wiki, wiki, `${wiki}#Geography`]);
  });

  it('leaves the audit history out unless asked for it', () => {
    expect(md).not.toContain('**History**');
    const withHistory = renderMarkdown({ ...model, includeHistory: true });
    expect(withHistory).toContain('**History**');
    expect(withHistory).toContain('Tom Brandt: Changed the status: In review → Done');
  });

  it('keeps the rationale’s paragraphs', () => {
    expect(md).toContain(
      'No named source, no data.  \nFars gave no figure for the previous week, so "30%" cannot be checked.\n\n\\=SUM(A1:A9) We asked the Turkish MoD; no reply by deadline.',
    );
  });
});
