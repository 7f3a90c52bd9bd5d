import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { collectFiles } from '../../../db/import/collect-files.js';
import { extractMhtml } from '../../../ingest/extract-mhtml.js';
import { extractDocument, prepareDocument } from '../../../ingest/index.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { ingestFailure } from './ingest-failure.js';

// Every message here is built by the test, the way Chrome ("Save page as… Webpage, single
// file") and older browsers write them: CRLF line ends, folded headers, one part per resource.

const CRLF = '\r\n';
const latin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

interface Part {
  headers: string[];
  body: string;
}

/** A MIME message: headers, then each part after `--boundary`, then `--boundary--` unless cut off. */
function message(headers: string[], boundary: string, parts: Part[], close = true): string {
  const lines = [...headers, '', ''];
  for (const part of parts) lines.push(`--${boundary}`, ...part.headers, '', part.body);
  if (close) lines.push(`--${boundary}--`, '');
  return lines.join(CRLF);
}

/** Quoted-printable as browsers write it: =XX for '=' and non-ASCII, soft breaks before 76 columns. */
function quotedPrintable(bytes: Uint8Array): string {
  const out: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x0a) {
      out.push(line);
      line = '';
      continue;
    }
    const atLineEnd = bytes[i + 1] === 0x0a || i + 1 === bytes.length;
    const plain = byte >= 0x21 && byte <= 0x7e && byte !== 0x3d;
    const token =
      plain || (byte === 0x20 && !atLineEnd) ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + token.length > 75) {
      out.push(`${line}=`);
      line = '';
    }
    line += token;
  }
  out.push(line);
  return out.join(CRLF);
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64').replace(/.{76}/g, `$&${CRLF}`);

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Harbour dredging halted after survey dispute | Coastal Ledger</title>
<meta property="og:site_name" content="Coastal Ledger">
<meta property="article:published_time" content="2021-03-02T07:30:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/region">Region</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour dredging halted after survey dispute</h1>
<figure><img src="https://coastal-ledger.example/img/dredger.png" alt="A dredger"><figcaption>The dredger at the outer quay. Photo: Ilse Marten/Coastal Ledger</figcaption></figure>
<p class="lede">Dredging at the port of Velmora was suspended on Tuesday after two survey firms published depth readings that differed by almost a metre, the harbour authority said in a statement.</p>
<p>"We will not move another tonne of silt until the charts agree," the authority's chief engineer, Tomas Brenner, told reporters at the quay, adding that the pause could last a fortnight.</p>
<p>According to the shipping association, three grain carriers have already been diverted to the neighbouring port of Sallow Point, where pilots reported congestion by Wednesday morning.</p>
<p>The survey company Deepline said its readings had been checked twice, while its rival, Northmark Hydrographic, said in an email that the discrepancy came from an outdated tide table.</p>
<p>Fishermen's representatives welcomed the halt, saying the dredging had clouded the water over the mussel beds south of the breakwater for most of the winter.</p>
</article>
<footer>Coastal Ledger, all rights reserved.</footer>
</body></html>
`;

const PAGE_URL = 'https://coastal-ledger.example/2021/03/02/harbour-dredging-halted';
const BOUNDARY = '----MultipartBoundary--Vq3kT8pZ1xWn0RbLc7YdEa----';

/** A page saved by a Chromium browser: quoted-printable HTML, then its picture in base64. */
function chromeArchive(page = PAGE, extraHeaders: string[] = []): string {
  return message(
    [
      'From: <Saved by Blink>',
      `Snapshot-Content-Location: ${PAGE_URL}`,
      'Subject: Harbour dredging halted after survey dispute | Coastal Ledger',
      'Date: Sat, 6 Mar 2021 18:04:55 -0000',
      'MIME-Version: 1.0',
      // Folded over three lines, the way Chrome writes it.
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${BOUNDARY}"`,
      ...extraHeaders,
    ],
    BOUNDARY,
    [
      {
        headers: [
          'Content-Type: text/html',
          'Content-ID: <frame-4C1E0B7D2A@mhtml.blink>',
          'Content-Transfer-Encoding: quoted-printable',
          `Content-Location: ${PAGE_URL}`,
        ],
        body: quotedPrintable(utf8(page)),
      },
      {
        headers: [
          'Content-Type: image/png',
          'Content-Transfer-Encoding: base64',
          'Content-Location: https://coastal-ledger.example/img/dredger.png',
        ],
        body: base64(PNG),
      },
    ],
  );
}

describe('MHTML web archives', () => {
  it('imports a page saved as a single file like the same page saved as HTML', async () => {
    const archive = await extractDocument({ name: 'dredging.mhtml', bytes: latin1(chromeArchive()) });
    const page = await extractDocument({ name: 'dredging.html', bytes: utf8(PAGE) });
    expect(archive.format).toBe('mhtml');
    expect(archive.text).toBe(page.text);
    expect(archive.text.startsWith('Harbour dredging halted after survey dispute\n\n')).toBe(true);
    expect(archive.text).toContain('"We will not move another tonne of silt until the charts agree,"');
    expect(archive.text).not.toContain('Sport');
    expect(archive.text).not.toMatch(/PNG|base64|MultipartBoundary|Content-Type/);
    expect(archive.hints).toMatchObject({
      title: 'Harbour dredging halted after survey dispute',
      siteName: 'Coastal Ledger',
      publishedTime: '2021-03-02T07:30:00Z',
      lang: 'en',
      url: PAGE_URL,
      savedAt: '2021-03-06T18:04:55.000Z',
    });
  });

  it('keeps the day the page was saved apart from the day it was published', async () => {
    const undated = PAGE.replace(/<meta property="article:published_time"[^>]*>/, '');
    const extracted = await extractDocument({ name: 'undated.mht', bytes: latin1(chromeArchive(undated)) });
    expect(extracted.hints.savedAt).toBe('2021-03-06T18:04:55.000Z');
    expect(extracted.hints.publishedTime).toBeUndefined();
    expect(prepareDocument(extracted, 'undated.mht').metadata.publishedAt).toBeNull();
  });

  it('decodes quoted-printable soft line breaks, =3D and lower-case hex', async () => {
    const body = [
      '<html><body><p class=3D"lede">The harbour author=',
      'ity said 2 + 2 =3D 4 and the survey was re=',
      'peated.   ',
      'Lower-case hex works too: caf=c3=a9.</p></body></html>',
    ].join(CRLF);
    const text = message(['Content-Type: multipart/related; boundary=simple'], 'simple', [
      { headers: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'], body },
    ]);
    const extracted = await extractMhtml(latin1(text), 'qp.mhtml');
    expect(extracted.text).toBe('The harbour authority said 2 + 2 = 4 and the survey was repeated. Lower-case hex works too: café.');
  });

  it('reads a base64 page with an unquoted boundary, and takes the root part the start parameter names', async () => {
    const frame = '<html><body><p>An advertising frame, not the article.</p></body></html>';
    const text = message(
      ['MIME-Version: 1.0', 'Content-Type: multipart/related; start="<main@example>"; boundary=next_part_07; type=text/html'],
      'next_part_07',
      [
        {
          headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: base64', 'Content-ID: <frame@example>'],
          body: base64(utf8(frame)),
        },
        {
          headers: [
            'Content-Type: text/html',
            'Content-Transfer-Encoding: base64',
            'Content-ID: <main@example>',
            `Content-Location: ${PAGE_URL}`,
          ],
          body: base64(utf8(PAGE)),
        },
      ],
    );
    const extracted = await extractMhtml(latin1(text), 'root.mht');
    expect(extracted.text).toContain('Dredging at the port of Velmora was suspended on Tuesday');
    expect(extracted.text).not.toContain('advertising frame');
    // No Snapshot-Content-Location: the page part's Content-Location is the address.
    expect(extracted.hints.url).toBe(PAGE_URL);
    expect(extracted.hints.savedAt).toBeUndefined();
  });

  it('decodes a windows-1252 or ISO-8859-1 page by the charset its part declares', async () => {
    const quoted = message(['Content-Type: multipart/related; boundary="=_NextPart_01"'], '=_NextPart_01', [
      {
        headers: [
          'Content-Type: text/html; charset="windows-1252"',
          'Content-Transfer-Encoding: quoted-printable',
          'Content-Location: file:///C:/Users/desk/velmora.htm',
        ],
        body: '<html><body><p>The caf=E9 on the quay stayed open; its owner called the halt =93a relief=94.</p></body></html>',
      },
    ]);
    const fromQuoted = await extractMhtml(latin1(quoted), 'legacy.mht');
    expect(fromQuoted.text).toBe('The café on the quay stayed open; its owner called the halt “a relief”.');
    // Only web addresses are taken for the article's URL, not the file it was saved from.
    expect(fromQuoted.hints.url).toBeUndefined();

    const raw = message(['Content-Type: multipart/related; boundary=b1'], 'b1', [
      {
        headers: ['Content-Type: text/html; charset=ISO-8859-1', 'Content-Transfer-Encoding: 8bit'],
        body: "<p>Señora Álvarez runs the pilots' office.</p>",
      },
    ]);
    expect((await extractMhtml(latin1(raw), 'latin.mht')).text).toBe("Señora Álvarez runs the pilots' office.");
  });

  it('prefers the address the page declares as canonical over the one it was saved from', async () => {
    const withCanonical = PAGE.replace('</head>', `<link rel="canonical" href="https://coastal-ledger.example/a/4411">\n</head>`);
    const extracted = await extractDocument({ name: 'canonical.mhtml', bytes: latin1(chromeArchive(withCanonical)) });
    expect(extracted.hints.url).toBe('https://coastal-ledger.example/a/4411');
  });

  it('imports a page that was cut off only after its last complete part', async () => {
    const full = chromeArchive();
    const cut = full.slice(0, full.lastIndexOf('Content-Transfer-Encoding: base64'));
    expect((await extractMhtml(latin1(cut), 'cut-late.mhtml')).text).toContain('mussel beds south of the breakwater');
  });

  it('refuses a message cut off inside its page', async () => {
    const full = chromeArchive();
    const cut = full.slice(0, full.indexOf(`Content-Location: ${PAGE_URL}`) + 1500);
    expect(await ingestFailure(extractDocument({ name: 'cut.mhtml', bytes: latin1(cut) }))).toMatchObject({
      code: 'malformed',
      message: 'cut.mhtml is incomplete: the web archive ends before its page does; it may have been cut off while saving or copying.',
    });
  });

  it('refuses a message without a web page, naming the file', async () => {
    const text = message(['Content-Type: multipart/related; boundary="only-pictures"'], 'only-pictures', [
      { headers: ['Content-Type: image/png', 'Content-Transfer-Encoding: base64'], body: base64(PNG) },
      { headers: ['Content-Type: text/css'], body: 'p { color: navy }' },
    ]);
    expect(await ingestFailure(extractDocument({ name: 'pictures.mhtml', bytes: latin1(text) }))).toMatchObject({
      code: 'no_text',
      message: 'pictures.mhtml is a web archive without a web page in it (no text/html part), so there is no article to import.',
    });
  });

  it('refuses missing and garbled boundaries and files that are not MIME messages', async () => {
    const page = { headers: ['Content-Type: text/html'], body: PAGE };
    const cases: [string, string][] = [
      [message(['Content-Type: multipart/related; type="text/html"'], 'x', [page]), 'its header declares no boundary between its parts'],
      [
        message(['Content-Type: multipart/related; boundary="ab\u0001cd"'], 'ab\u0001cd', [page]),
        'the boundary between its parts is garbled',
      ],
      [
        message(['Content-Type: multipart/related; boundary="declared"'], 'written', [page]),
        'the boundary its header declares never occurs, so its parts cannot be found',
      ],
      ['<<< not a MIME message >>>\r\n\r\nplain words', 'it does not start with message headers'],
    ];
    for (const [text, why] of cases) {
      expect(await ingestFailure(extractDocument({ name: 'broken.mhtml', bytes: latin1(text) }))).toMatchObject({
        code: 'malformed',
        message: `broken.mhtml is not a valid web archive (.mhtml): ${why}.`,
      });
    }
  });

  it('refuses a page whose transfer encoding is damaged or unknown', async () => {
    const withBody = (encoding: string, body: string): Uint8Array =>
      latin1(
        message(['Content-Type: multipart/related; boundary=b'], 'b', [
          { headers: ['Content-Type: text/html', `Content-Transfer-Encoding: ${encoding}`], body },
        ]),
      );
    expect((await ingestFailure(extractMhtml(withBody('quoted-printable', '<p>price =ZZ</p>'), 'qp.mhtml'))).message).toBe(
      'qp.mhtml is not a valid web archive (.mhtml): its page is not valid quoted-printable.',
    );
    expect((await ingestFailure(extractMhtml(withBody('base64', 'PHA+aGVsbG8*PC9wPg=='), 'b64.mhtml'))).message).toBe(
      'b64.mhtml is not a valid web archive (.mhtml): its page is not valid base64.',
    );
    expect((await ingestFailure(extractMhtml(withBody('base64', 'PHA+aGVsbG8'), 'short.mhtml'))).code).toBe('malformed');
    expect(await ingestFailure(extractMhtml(withBody('x-uuencode', 'begin 644 page.html'), 'uu.mhtml'))).toMatchObject({
      code: 'unsupported_type',
      message: 'uu.mhtml stores its page in an encoding Claimtrace cannot read (x-uuencode).',
    });
  });

  it('reads a .mht that is really a plain HTML page as that page, and refuses an image named .mhtml', async () => {
    const extracted = await extractDocument({ name: 'plain.mht', bytes: utf8(PAGE) });
    expect(extracted.format).toBe('html');
    expect(extracted.text).toContain('Dredging at the port of Velmora');
    expect(await ingestFailure(extractDocument({ name: 'photo.mhtml', bytes: PNG }))).toMatchObject({
      code: 'wrong_extension',
      message: 'photo.mhtml is named like a web archive but is a PNG image; give it the right extension and import it again.',
    });
  });

  it('reads a page beside a large picture and 100,000 icons, and refuses a flood of near-miss delimiters, in linear time', async () => {
    const picture = { headers: ['Content-Type: image/jpeg', 'Content-Transfer-Encoding: base64'], body: 'QUJD\r\n'.repeat(1_500_000) };
    const icon = { headers: ['Content-Type: image/gif', 'Content-Transfer-Encoding: base64'], body: 'R0lGODlhAQABAAAAACw=' };
    const big = message(['Content-Type: multipart/related; boundary="edge-0001"'], 'edge-0001', [
      picture,
      ...Array.from({ length: 100_000 }, () => icon),
      { headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: quoted-printable'], body: quotedPrintable(utf8(PAGE)) },
    ]);
    let started = performance.now();
    expect((await extractMhtml(latin1(big), 'big.mhtml')).text).toContain('Northmark Hydrographic');
    expect(performance.now() - started).toBeLessThan(5_000);

    const nearMisses = `Content-Type: multipart/related; boundary="edge-0001"\r\n\r\n${'--edge-000\r\n'.repeat(1_000_000)}`;
    started = performance.now();
    expect((await ingestFailure(extractMhtml(latin1(nearMisses), 'near.mhtml'))).message).toContain('never occurs');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('folder import', () => {
  const temp = makeTempDir();
  afterAll(() => temp.remove());

  it('picks up .mhtml and .mht files and leaves pictures and hidden files out', () => {
    for (const name of ['a-page.mhtml', 'b-page.MHT', 'c-photo.png', '.d-hidden.mhtml']) fs.writeFileSync(temp.file(name), 'x');
    const { files } = collectFiles([temp.dir]);
    expect(files.map((file) => path.basename(file))).toEqual(['a-page.mhtml', 'b-page.MHT']);
  });
});
