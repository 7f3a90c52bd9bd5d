import { describe, expect, it } from 'vitest';

import {
  cleanFileName,
  decodedBase64Length,
  MAX_EVIDENCE_BASE64_CHARS,
  MAX_EVIDENCE_FILE_BYTES,
} from '../../../../core/review/evidence-file.js';
import { chooseMediaType, DOCX, sniffMediaType } from '../../../../core/review/media-type.js';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));

describe('decodedBase64Length', () => {
  it('gives the decoded size of well-formed base64', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'Naji Mustafa told AFP']) {
      const encoded = Buffer.from(text).toString('base64');
      expect(decodedBase64Length(encoded)).toBe(Buffer.byteLength(text));
    }
  });

  it('refuses what is not base64 rather than guessing', () => {
    for (const bad of ['abc', 'ab$d', 'ab=d', 'a===', 'YWJj\n', 'data:text/plain;base64,YWJj']) {
      expect(decodedBase64Length(bad)).toBeNull();
    }
  });

  it('sizes the base64 limit to the file limit', () => {
    expect(decodedBase64Length('A'.repeat(MAX_EVIDENCE_BASE64_CHARS))).toBeGreaterThanOrEqual(MAX_EVIDENCE_FILE_BYTES);
    expect(decodedBase64Length('A'.repeat(MAX_EVIDENCE_BASE64_CHARS - 4))).toBeLessThan(MAX_EVIDENCE_FILE_BYTES);
  });
});

describe('cleanFileName', () => {
  it('keeps only the last path segment without control characters', () => {
    expect(cleanFileName('C:\\Users\\leila\\scan.pdf')).toBe('scan.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('report\u0000\n.pdf')).toBe('report.pdf');
    expect(cleanFileName('/')).toBe('evidence');
  });
});

describe('sniffMediaType', () => {
  it('recognises the common evidence formats by their first bytes', () => {
    expect(sniffMediaType(bytes('%PDF-1.7\n%âãÏÓ\n'))).toBe('application/pdf');
    expect(sniffMediaType(bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]))).toBe('image/png');
    expect(sniffMediaType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'))).toBe('image/jpeg');
    expect(sniffMediaType(bytes('GIF89a', [1, 0, 1, 0]))).toBe('image/gif');
    expect(sniffMediaType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffMediaType(bytes('PK', [3, 4, 20, 0], '[Content_Types].xml', 'word/document.xml'))).toBe(DOCX);
    expect(sniffMediaType(bytes('PK', [3, 4, 20, 0], 'photos/idlib.jpg'))).toBe('application/zip');
    expect(sniffMediaType(new TextEncoder().encode('Заявление МИД России от 9 октября\r\n'))).toBe('text/plain');
  });

  it('names nothing it cannot recognise', () => {
    expect(sniffMediaType(bytes([0, 1, 2, 3, 0xfe, 0xff]))).toBeNull();
    expect(sniffMediaType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(sniffMediaType(bytes([0xc3, 0x28]))).toBeNull();
    expect(sniffMediaType(new Uint8Array())).toBeNull();
  });
});

describe('chooseMediaType', () => {
  const pdf = bytes('%PDF-1.4\n');
  const text = bytes('plain words\n');
  const junk = bytes([0, 159, 146, 150]);

  it('believes the bytes over what the sender said', () => {
    expect(chooseMediaType(pdf, 'image/png')).toBe('application/pdf');
    expect(chooseMediaType(junk, 'application/pdf')).toBe('application/octet-stream');
    expect(chooseMediaType(junk, 'text/html')).toBe('application/octet-stream');
  });

  it('lets the sender name a text format or a format the bytes cannot disprove', () => {
    expect(chooseMediaType(text, 'text/csv; charset=utf-8')).toBe('text/csv');
    expect(chooseMediaType(text, 'application/json')).toBe('application/json');
    expect(chooseMediaType(text, 'audio/mpeg')).toBe('text/plain');
    expect(chooseMediaType(junk, 'Audio/MPEG')).toBe('audio/mpeg');
    expect(chooseMediaType(junk, 'not a type')).toBe('application/octet-stream');
    expect(chooseMediaType(text)).toBe('text/plain');
  });
});
