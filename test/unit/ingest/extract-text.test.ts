import { describe, expect, it } from 'vitest';

import { extractDocument, extractPastedText, IngestError } from '../../../ingest/index.js';
import { readImportFixture } from '../../fixtures/import/read-import-fixture.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function failure(file: { name: string; bytes: Uint8Array }): Promise<IngestError> {
  const error = await extractDocument(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('plain text files', () => {
  it('imports a saved article as normalised text', async () => {
    const raw = readImportFixture('meridian-header-article.txt');
    const extracted = await extractDocument({ name: 'meridian.txt', bytes: utf8(raw.replace(/\n/g, '\r\n')) });
    expect(extracted.format).toBe('txt');
    expect(extracted.text).toMatch(/^Meridian \| News & Analysis Website\n\nEditor's Choice/);
    expect(extracted.text).not.toMatch(/\r|\u00A0| {2}/);
    expect(extracted.text).toContain('Rebel Factions Reject Ankara-Moscow Plan for Northern Hama\n\nTuesday 9 October 2018');
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 as Windows Notepad saves it', async () => {
    const text = 'Çavuşoğlu told the newspaper on January 31.';
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect((await extractDocument({ name: 'a.txt', bytes: withBom })).text).toBe(text);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect((await extractDocument({ name: 'b.txt', bytes: utf16 })).text).toBe(text);
  });

  it('reads a Western file saved in windows-1252', async () => {
    // "Café owners said the “deal” was off – again." in windows-1252.
    const bytes = new Uint8Array([
      ...utf8('Caf'),
      0xe9,
      ...utf8(' owners said the '),
      0x93,
      ...utf8('deal'),
      0x94,
      ...utf8(' was off '),
      0x96,
      ...utf8(' again.'),
    ]);
    expect((await extractDocument({ name: 'cafe.txt', bytes })).text).toBe('Café owners said the “deal” was off – again.');
  });

  it('reads a Russian file saved in windows-1251', async () => {
    const russian = 'Министр заявил, что переговоры продолжатся';
    const bytes = new Uint8Array([...russian].map((c) => (c === ' ' ? 0x20 : c === ',' ? 0x2c : c.charCodeAt(0) - 0x410 + 0xc0)));
    expect((await extractDocument({ name: 'tass.txt', bytes })).text).toBe(russian);
  });

  it('refuses an empty file, a file of blank space and binary junk named .txt', async () => {
    expect(await failure({ name: 'folder/empty.txt', bytes: new Uint8Array(0) })).toMatchObject({
      code: 'empty',
      message: 'empty.txt is empty.',
    });
    expect((await failure({ name: 'blank.txt', bytes: utf8(' \n\t\r\n ') })).code).toBe('no_text');
    let seed = 7;
    const junk = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % 256));
    const error = await failure({ name: 'junk.txt', bytes: junk });
    expect(error.code).toBe('not_text');
    expect(error.message).toBe('junk.txt does not look like text; it may be a binary file with the wrong extension.');
  });

  it('refuses text riddled with control characters even without NUL bytes', async () => {
    const bytes = utf8('Header\u0001\u0002\u0003\u0004 body \u0005\u0006\u0007\u0008 more \u000e\u000f\u0010 end');
    expect((await failure({ name: 'dump.txt', bytes })).code).toBe('not_text');
  });

  it('refuses invalid UTF-8 that is not plausibly a legacy encoding either', async () => {
    // Mostly high bytes, with bytes windows-1252 does not define: neither encoding fits.
    const bytes = new Uint8Array([
      ...utf8('Report: '),
      0x81,
      0x8d,
      0x8f,
      0x90,
      0x9d,
      ...utf8(' figures '),
      0xc3,
      0x28,
      ...utf8(' end of the report text here'),
    ]);
    const error = await failure({ name: 'report.txt', bytes });
    expect(error.code).toBe('invalid_encoding');
    expect(error.message).toMatch(/^report\.txt is not valid UTF-8 text/);
  });
});

describe('Markdown files', () => {
  it('strips Markdown syntax to readable text, each list item a paragraph', async () => {
    const markdown = [
      '---',
      'title: "Talks stall over prisoner lists"',
      'author: Jane Ashworth',
      'date: 2020-10-01',
      'source: https://northernledger.example/talks-stall',
      '---',
      '',
      '# Talks stall over *prisoner* lists',
      '',
      'Negotiations **stalled** on Wednesday, [officials said](https://example.org/said "Officials"), after `last-minute` changes.',
      '',
      '> "We have handed over every name," the head of one delegation said.',
      '',
      '- First demand',
      '* Second demand',
      '1. Numbered point',
      '',
      '![Relatives waiting outside](https://images.example/relatives.jpg)',
      '',
      '| Side | Names |',
      '| ---- | ----- |',
      '| A | 120 |',
      '',
      '---',
      '',
      '```',
      'raw *code* stays',
      '```',
      '',
      'Escaped \\*asterisks\\* and snake_case_names stay.',
    ].join('\n');
    const extracted = await extractDocument({ name: 'talks.md', bytes: utf8(markdown) });
    expect(extracted.format).toBe('md');
    expect(extracted.text).toBe(
      [
        'Talks stall over prisoner lists',
        '',
        'Negotiations stalled on Wednesday, officials said, after last-minute changes.',
        '',
        '"We have handed over every name," the head of one delegation said.',
        '',
        'First demand',
        '',
        'Second demand',
        '',
        '1. Numbered point',
        '',
        'Relatives waiting outside',
        '',
        'Side | Names\nA | 120',
        '',
        'raw *code* stays',
        '',
        'Escaped *asterisks* and snake_case_names stay.',
      ].join('\n'),
    );
    expect(extracted.hints).toEqual({
      title: 'Talks stall over prisoner lists',
      byline: 'Jane Ashworth',
      publishedTime: '2020-10-01',
      url: 'https://northernledger.example/talks-stall',
    });
  });

  it('takes the first top-level heading as the title when there is no front matter', async () => {
    const extracted = await extractDocument({ name: 'n.markdown', bytes: utf8('Intro line\n\n# The Headline\n\n## Section\n\nBody.') });
    expect(extracted.hints.title).toBe('The Headline');
    expect(extracted.text).toBe('Intro line\n\nThe Headline\n\nSection\n\nBody.');
  });
});

describe('pasted text', () => {
  it('normalises pasted text and refuses an empty paste', () => {
    expect(extractPastedText('  Headline\r\n\r\n\r\nBody\u00A0text  ')).toEqual({
      text: 'Headline\n\nBody text',
      hints: {},
      format: 'paste',
    });
    expect(() => extractPastedText(' \n ')).toThrow(new IngestError('empty', 'The pasted text is empty.'));
  });
});
