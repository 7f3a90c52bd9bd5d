import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { extractDocument, IngestError, prepareDocument } from '../../../ingest/index.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const ARTICLE_BODY = `
<p>Armed factions in northern Hama said on Monday they would not hand over positions inside the planned buffer strip, according to a statement issued after a meeting with Turkish officers.</p>
<p>The coalition of factions told Reuters that its commanders had set out their objections to the plan, which was agreed last month by Ankara and Moscow and foresees joint patrols.</p>
<ul><li>No foreign patrols inside the strip</li><li>No withdrawal of heavy weapons</li></ul>
<p>"Our commanders were clear that no foreign patrols will enter the strip without our consent," a spokesman for the coalition said by telephone from Idlib.</p>
<p>The Syrian Observatory for Human Rights said one faction had started moving tanks out of the strip on Sunday, a claim both groups later denied in separate statements.</p>`;

const ARTICLE_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Rebels reject Ankara-Moscow plan | Levant Courier</title>
<meta property="og:site_name" content="Levant Courier">
<meta property="article:published_time" content="2018-10-09T08:00:00+03:00">
<meta name="author" content="Rana Haddad">
<link rel="canonical" href="https://levantcourier.example/2018/10/09/rebels-reject-plan">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a></nav>
<article>
<h1>Rebels reject Ankara-Moscow plan for northern Hama</h1>
<figure><figcaption>Fighters near Hama. Photo: Reuters/Omar Sanadiki</figcaption></figure>
${ARTICLE_BODY}
</article>
<footer>© 2018 Levant Courier. All rights reserved.</footer>
</body>
</html>`;

describe('HTML pages', () => {
  it('extracts the article with its headline, paragraphs, list lines and declared metadata', async () => {
    const extracted = await extractDocument({ name: 'rebels.html', bytes: utf8(ARTICLE_PAGE) });
    expect(extracted.format).toBe('html');
    expect(extracted.text.startsWith('Rebels reject Ankara-Moscow plan for northern Hama\n\n')).toBe(true);
    expect(extracted.text).toContain('Fighters near Hama. Photo: Reuters/Omar Sanadiki');
    expect(extracted.text).toContain('No foreign patrols inside the strip\nNo withdrawal of heavy weapons');
    expect(extracted.text).toContain('\n\n"Our commanders were clear');
    expect(extracted.text).not.toContain('Politics');
    expect(extracted.hints).toMatchObject({
      title: 'Rebels reject Ankara-Moscow plan for northern Hama',
      siteName: 'Levant Courier',
      byline: 'Rana Haddad',
      publishedTime: '2018-10-09T08:00:00+03:00',
      lang: 'en-GB',
      url: 'https://levantcourier.example/2018/10/09/rebels-reject-plan',
    });

    const prepared = prepareDocument(extracted, 'rebels.html');
    expect(prepared.metadata).toMatchObject({
      title: 'Rebels reject Ankara-Moscow plan for northern Hama',
      outlet: 'Levant Courier',
      author: 'Rana Haddad',
      publishedAt: '2018-10-09',
      language: 'en',
      url: 'https://levantcourier.example/2018/10/09/rebels-reject-plan',
    });
    expect(prepared.metadata.photoCredits.map((c) => c.agency)).toEqual(['Reuters']);
  });

  it('falls back to the body text when there is no article to find', async () => {
    const extracted = await extractDocument({ name: 'note.htm', bytes: utf8('<p>Short <b>note</b></p><p>Second line</p>') });
    expect(extracted.text).toBe('Short note\n\nSecond line');
  });

  it('reads the page as a browser builds it: no <html> or <body>, misnested tags, text stranded in a table', async () => {
    const page = `<title>  Convoy
      delayed at the border </title>
<p>Officials said the <b>convoy <i>was</b> delayed</i> at the crossing on Tuesday.
<table>Text stranded in a table<tr><td>First cell</td><td>Second cell</td></tr></table>
<p>The next paragraph closes the first one.`;
    const extracted = await extractDocument({ name: 'loose.html', bytes: utf8(page) });
    // Without a doctype the page is in quirks mode, where a table does not close the paragraph;
    // the text stranded in the table goes before it, and the title comes first as the headline.
    expect(extracted.text).toBe(
      'Convoy delayed at the border\n\nOfficials said the convoy was delayed at the crossing on Tuesday. Text stranded in a table\n\n' +
        'First cell Second cell\n\nThe next paragraph closes the first one.',
    );
    expect(extracted.hints.title).toBe('Convoy delayed at the border');
  });

  it('keeps text that looks like markup as text, and nothing from attributes', async () => {
    const page = ARTICLE_PAGE.replace(
      '</article>',
      '<p title="TITLE-ATTRIBUTE" style="color:red">To make text bold, the page wrote &lt;b&gt; and &lt;img src=x onerror=alert(1)&gt;.</p></article>',
    );
    const extracted = await extractDocument({ name: 'markup.html', bytes: utf8(page) });
    expect(extracted.text).toContain('To make text bold, the page wrote <b> and <img src=x onerror=alert(1)>.');
    expect(extracted.text).not.toMatch(/TITLE-ATTRIBUTE|color:red|levantcourier|href/);
  });

  it('decodes a page in the legacy Arabic encoding it declares', async () => {
    // "السلام" in windows-1256.
    const arabic = new Uint8Array([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3]);
    const bytes = new Uint8Array([
      ...utf8('<html><head><meta charset="windows-1256"></head><body><p>'),
      ...arabic,
      ...utf8('</p></body></html>'),
    ]);
    expect((await extractDocument({ name: 'ar.html', bytes })).text).toBe('السلام');
  });

  it('reads a page saved without an extension as HTML', async () => {
    const extracted = await extractDocument({ name: 'saved-page', bytes: utf8(ARTICLE_PAGE) });
    expect(extracted.format).toBe('html');
    expect(extracted.text).toContain('Armed factions in northern Hama');
  });

  it('refuses a page with far more markup than an article, even after scripts are removed', async () => {
    const markup = `<html><body>${'<p>x</p>'.repeat(600_000)}</body></html>`;
    const error = await extractDocument({ name: 'huge.html', bytes: utf8(markup) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe('too_large');
    expect((error as IngestError).message).toMatch(/^huge\.html has too much markup to read safely/);
  });

  it('imports a page whose size is mostly scripts and styles', async () => {
    const filler = `<script>var data = "${'x'.repeat(6_000_000)}";</script><style>${'.a{color:red}'.repeat(10_000)}</style>`;
    const extracted = await extractDocument({ name: 'heavy.html', bytes: utf8(ARTICLE_PAGE.replace('</head>', `${filler}</head>`)) });
    expect(extracted.text).toContain('Armed factions in northern Hama');
  });
});

describe('hostile HTML', () => {
  let server: Server;
  let origin = '';
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('document.body.innerHTML = "INJECTED-BY-REMOTE-SCRIPT";');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('runs no script, fires no handler, loads nothing and keeps no markup or URLs in the text', async () => {
    const page = `<!doctype html><html><head>
<title>Hostile page</title>
<base href="${origin}/base/">
<meta http-equiv="refresh" content="0; url=${origin}/refresh">
<link rel="stylesheet" href="${origin}/style.css">
<script>document.body.innerHTML = 'INJECTED-BY-INLINE-SCRIPT'; throw new Error('script ran');</script>
<style>body { background: url(${origin}/background.png) }</style>
</head>
<body onload="document.body.innerHTML = 'INJECTED-BY-ONLOAD'">
<article>
<h1>Militants refuse to withdraw from the buffer zone</h1>
<p>The so-called National Liberation Front told Agence France-Presse late Sunday that it had raised objections to the deal after meeting with Turkish officers in the province.</p>
<img src="${origin}/tracker.png" onerror="document.body.innerHTML = 'INJECTED-BY-ONERROR'">
<p>"A long meeting was held with our Turkish ally regarding the elements of the agreement," <a href="javascript:document.body.innerHTML='INJECTED-BY-LINK'">AFP quoted</a> the spokesman as saying.</p>
<iframe src="${origin}/frame.html" srcdoc="<script>parent.document.body.innerHTML='INJECTED-BY-FRAME'</script>"></iframe>
<object data="${origin}/movie.swf"></object><embed src="${origin}/embed.swf">
<svg><script>document.body.innerHTML='INJECTED-BY-SVG'</script><image href="${origin}/svg.png"/></svg>
<video src="${origin}/clip.mp4" poster="${origin}/poster.jpg"></video>
<form action="${origin}/submit"><input name="q" value="INJECTED-FORM-VALUE"></form>
<p onclick="alert(1)" style="background:url(${origin}/inline.png)">Under the agreement, Turkey and Russia would carry out coordinated military patrols on the borders of the buffer zone.</p>
<noscript><img src="${origin}/noscript.png"></noscript>
</article>
<script>document.querySelector('article').innerHTML = '<p>INJECTED-BY-BODY-SCRIPT</p>';</script>
<script src="${origin}/remote.js"></script>
</body></html>`;
    const extracted = await extractDocument({ name: 'hostile.html', bytes: utf8(page) });
    // Anything a parser or sanitiser let through would have had its chance to run or load by now.
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(requests).toEqual([]);
    expect(extracted.text).toContain('The so-called National Liberation Front told Agence France-Presse');
    expect(extracted.text).toContain('AFP quoted the spokesman as saying.');
    expect(extracted.text).toContain('coordinated military patrols');
    expect(extracted.text).not.toMatch(/INJECTED/);
    expect(extracted.text).not.toMatch(/<script|<iframe|<img|javascript:|onerror|onload|127\.0\.0\.1|https?:/i);
  });

  it('reads 10,000 and 100,000 levels of nesting quickly without overflowing the stack', async () => {
    for (const depth of [10_000, 100_000]) {
      const page = `<html><body><p>Opening paragraph of the article.</p>${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}<p>Closing paragraph.</p></body></html>`;
      const started = performance.now();
      const extracted = await extractDocument({ name: 'deep.html', bytes: utf8(page) });
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(extracted.text).toContain('Opening paragraph of the article.');
      expect(extracted.text).toContain('deep text');
      expect(extracted.text).toContain('Closing paragraph.');
    }
  });

  it('reads thousands of unclosed paragraphs and formatting tags', async () => {
    const page = `<html><body>${'<p><b><i>Paragraph text '.repeat(5_000)}</body></html>`;
    const started = performance.now();
    const extracted = await extractDocument({ name: 'unclosed.html', bytes: utf8(page) });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(extracted.text.match(/Paragraph text/g)).toHaveLength(5_000);
  });

  it('keeps the article after an unclosed <svg>, <math> or <textarea>, and after an <svg> in the title', async () => {
    const variants = {
      svg: ARTICLE_PAGE.replace('<article>', '<article><svg viewBox="0 0 10 10"><path d="M0 0"/>'),
      math: ARTICLE_PAGE.replace('<article>', '<article><math><mi>x</mi>'),
      textarea: ARTICLE_PAGE.replace('<nav>', '<form><textarea name="comment">Leave a comment</form><nav>'),
      title: ARTICLE_PAGE.replace('<title>Rebels reject', '<title><svg> icons | Rebels reject'),
    };
    for (const [kind, page] of Object.entries(variants)) {
      const extracted = await extractDocument({ name: `unclosed-${kind}.html`, bytes: utf8(page) });
      expect(extracted.text, kind).toContain('Armed factions in northern Hama said on Monday');
      expect(extracted.text, kind).toContain('a claim both groups later denied in separate statements');
    }
  });
});
