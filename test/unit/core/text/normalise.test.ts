import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { contentHash, normaliseText, sha256Hex } from '../../../../core/text/normalise.js';

describe('normaliseText', () => {
  it('turns Windows and old Mac line endings into LF', () => {
    expect(normaliseText('one\r\ntwo\rthree\n')).toBe('one\ntwo\nthree');
  });

  it('removes a byte-order mark and control characters but keeps tabs as spaces and newlines', () => {
    expect(normaliseText('\uFEFFHead\u0000line\u0007\n\tbody\u001B text\u0085end')).toBe('Headline\nbody text\nend');
  });

  it('collapses tabs, no-break spaces and runs of spaces to one space and trims every line', () => {
    expect(normaliseText('  Turkish-backed\u00A0 militant\t\talliance   \nsecond   line\u00A0 ')).toBe(
      'Turkish-backed militant alliance\nsecond line',
    );
  });

  it('keeps paragraphs apart with exactly one blank line', () => {
    expect(normaliseText('First paragraph.\n\n\n\n   \n\t\nSecond paragraph.\n \nThird.')).toBe(
      'First paragraph.\n\nSecond paragraph.\n\nThird.',
    );
  });

  it('composes decomposed accents so the same word always has the same code units', () => {
    const decomposed = 'Cavus\u0327og\u0306lu said Erdog\u0306an';
    expect(normaliseText(decomposed)).toBe('Cavu\u015Fo\u011Flu said Erdo\u011Fan');
    expect(normaliseText('e\u0301')).toBe('é');
  });

  it('re-composes a letter and accent that were separated by a control character', () => {
    expect(normaliseText('e\u0000\u0301')).toBe('é');
  });

  it('keeps the zero-width non-joiner Persian words need and drops zero-width spaces', () => {
    expect(normaliseText('می\u200Cخواهم\u200B')).toBe('می\u200Cخواهم');
  });

  it('treats a form feed (a PDF page break) as a paragraph break', () => {
    expect(normaliseText('end of page one\fstart of page two')).toBe('end of page one\n\nstart of page two');
  });

  it('is stable: normalising twice gives the same text, for arbitrary input', () => {
    const alphabet = [
      'a',
      'B',
      'é',
      'e',
      '\u0301',
      '\u0327',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u00A0',
      '\u2003',
      '\u0000',
      '\u0007',
      '\u001F',
      '\u007F',
      '\u0085',
      '\u2028',
      '\u2029',
      '\f',
      '\v',
      '\uFEFF',
      '\u200B',
      '\u200C',
      '\u00AD',
      'ش',
      'й',
      '\u3000',
      '“',
      '.',
      'Å',
      '\u212B',
      '\u2000',
    ];
    let seed = 20181001;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let run = 0; run < 2000; run++) {
      let raw = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) raw += alphabet[Math.floor(random() * alphabet.length)];
      const once = normaliseText(raw);
      expect(normaliseText(once), JSON.stringify(raw)).toBe(once);
      expect(once).not.toMatch(/^\s|\s$|\n{3}| {2}|[ \t]\n|\n[ \t]|\r|\t/);
    }
  });
});

describe('contentHash', () => {
  it('matches the SHA-256 test vectors', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('agrees with node:crypto on messages around the 64-byte block boundary and on long text', () => {
    for (const length of [55, 56, 63, 64, 65, 119, 120, 1000, 200_000]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 31 + length) % 256);
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('recognises a re-saved copy with other quotes, dashes, case and line breaks as the same article', () => {
    const original = normaliseText('Turkey’s Foreign Minister said the deal – agreed last month – “will hold”…\n\nA second paragraph.');
    const resaved = normaliseText('TURKEY\'S foreign minister said the deal - agreed last month - "will hold"...\nA second   paragraph.');
    expect(contentHash(resaved)).toBe(contentHash(original));
  });

  it('tells different articles apart', () => {
    const a = contentHash(normaliseText('Militants refuse to implement the deal.'));
    const b = contentHash(normaliseText('Militants agree to implement the deal.'));
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});
