import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

import { renderHtmlReport } from '../../../../core/reports/html-report.js';
import type { ReportModel } from '../../../../core/reports/model.js';
import { buildFixtureModel, DOCUMENTS } from './fixture-model.js';

// Parsed without runScripts: the report must be safe as markup alone.
function parse(model: ReportModel): Document {
  return new JSDOM(renderHtmlReport(model)).window.document;
}

function article(doc: Document, claimId: string): Element {
  const el = doc.getElementById(`claim-${claimId}`);
  if (!el) throw new Error(`claim ${claimId} missing from the report`);
  return el;
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

describe('renderHtmlReport', () => {
  const model = buildFixtureModel();
  const html = renderHtmlReport(model);
  const doc = parse(model);
  const claim = (quoteStart: string) => model.claims.find((c) => c.quote.startsWith(quoteStart))!;

  it('is one HTML5 document that runs nothing and loads nothing', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toMatch(/<script/iu);
    expect(doc.querySelectorAll('link, iframe, object, embed, img, video, audio, base, form')).toHaveLength(0);
    for (const el of doc.querySelectorAll('[src]')) expect(el.getAttribute('src')).toMatch(/^data:/u);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
    }
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('style')?.textContent).not.toMatch(/@import|url\(/u);
  });

  it('links only to evidence, rationale sources and Wikidata items, as plain anchors that send no referrer', () => {
    const allowed = new Set([
      ...model.claims.flatMap((c) => c.evidence.flatMap((e) => (e.url ? [new URL(e.url, 'x:/').href] : []))),
      'https://www.mod.example/tr/idlib-statement',
      // The sources appendix links each source with a Wikidata item to the item's page.
      ...model.sources.flatMap((s) => (s.wikidataId ? [`https://www.wikidata.org/wiki/${s.wikidataId}`] : [])),
    ]);
    const links = [...doc.querySelectorAll('[href]')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.tagName).toBe('A');
      const href = link.getAttribute('href')!;
      expect(href).toMatch(/^https?:\/\//u);
      expect(allowed.has(href)).toBe(true);
      expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    }
    // The javascript: "evidence" is shown, never linked.
    expect(html).not.toContain('href="javascript');
    expect(text(article(doc, claim('We have not withdrawn').id))).toContain('javascript:alert(document.cookie)');
  });

  it('opens with the organisation, title, scope and date', () => {
    expect(doc.title).toBe('Idlib buffer zone: who said the weapons stayed? — Northbridge Verification Desk');
    expect(text(doc.querySelector('.masthead .org'))).toBe('Northbridge Verification Desk');
    expect(text(doc.querySelector('h1'))).toBe(model.title);
    const meta = text(doc.querySelector('.masthead .meta'));
    expect(meta).toContain('11 October 2018');
    expect(meta).toContain('Whole workbench: Idlib demilitarised zone, October 2018');
    expect(meta).toContain('Leila Ahmadi');
  });

  it('shows every claim with its quote marked inside its sentence', () => {
    expect(doc.querySelectorAll('article.claim')).toHaveLength(model.claims.length);
    for (const c of model.claims) {
      const marks = article(doc, c.id).querySelectorAll('.in-context mark');
      expect(marks).toHaveLength(1);
      expect(marks[0]!.textContent).toBe(c.quote);
    }
    const quote = article(doc, claim('We have not withdrawn').id).querySelector('.in-context')!;
    expect(quote.querySelector('.before')?.textContent).toBe('“');
    expect(quote.querySelector('.after')?.textContent).toBe(',” NLF spokesman Naji Mustafa told AFP.');
  });

  it('numbers claims in reading order, document by document', () => {
    const numbers = [...doc.querySelectorAll('article.claim .claim-no')].map((el) => el.textContent);
    expect(numbers).toEqual(model.claims.map((_, i) => `Claim ${i + 1}`));
    const sections = [...doc.querySelectorAll('section.doc')].map((s) => s.getAttribute('data-document-id'));
    expect(sections).toEqual([DOCUMENTS.english.id, DOCUMENTS.persian.id]);
  });

  it('shows verdict, status, statement and claimant of each claim', () => {
    const c = claim('We have not withdrawn');
    const el = article(doc, c.id);
    expect(text(el.querySelector('.verdict'))).toBe('False');
    expect(el.querySelector('.verdict')?.getAttribute('style')).toContain('--v:#c62828');
    expect(text(el.querySelector('.status'))).toBe('Done');
    expect(text(el.querySelector('.statement'))).toBe(c.statement);
    expect(text(el.querySelector('.facts'))).toContain('NLF spokesman Naji Mustafa');
    expect(text(article(doc, claim('<script>').id).querySelector('.verdict'))).toBe('Not yet rated');
  });

  it('names the reviewer a claim is assigned to beside its status, as text', () => {
    expect(text(article(doc, claim('We have not withdrawn').id).querySelector('.claim-head .assignee'))).toBe('Reviewer: Leila Ahmadi');
    expect(article(doc, claim('the withdrawal was').id).querySelector('.assignee')).toBeNull();
    const escaped = article(doc, claim('-30% fewer').id).querySelector('.claim-head .assignee')!;
    expect(escaped.querySelector('bdi')?.textContent).toBe('Omid <Karimi> & co');
    expect(escaped.children).toHaveLength(1);
  });

  it('sets Persian quotes right to left with their language', () => {
    const persian = model.claims.find((c) => c.documentId === DOCUMENTS.persian.id)!;
    const quote = article(doc, persian.id).querySelector('.in-context')!;
    expect(quote.getAttribute('dir')).toBe('rtl');
    expect(quote.getAttribute('lang')).toBe('fa');
    const english = article(doc, claim('We have not withdrawn').id).querySelector('.in-context')!;
    expect(english.getAttribute('dir')).toBe('ltr');
  });

  it('draws the attribution chain from the outlet to the origin and flags unnamed and unknown origins', () => {
    const steps = (id: string) => [...article(doc, id).querySelectorAll('.chain .step bdi')].map((b) => b.textContent);
    expect(steps(claim('We have not withdrawn').id)).toEqual(['Alwaght', 'AFP', 'NLF spokesman Naji Mustafa']);
    expect(text(article(doc, claim('We have not withdrawn').id).querySelector('.chain'))).toBe(
      'Alwaght → AFP quoted → NLF spokesman Naji Mustafa quoted',
    );
    const unnamed = article(doc, claim('-30% fewer').id);
    expect(steps(claim('-30% fewer').id)).toEqual(['Alwaght', 'Fars', 'Arab sources']);
    expect(text(unnamed.querySelector('.step.flagged'))).toContain('Arab sources');
    expect(text(unnamed.querySelector('.chain-note'))).toBe('The chain ends in an unnamed source.');
    expect(text(article(doc, claim('<script>').id).querySelector('.chain-note'))).toContain('origin of this claim is unknown');
    // A Fars story citing Fars does not repeat the outlet.
    const persian = model.claims.find((c) => c.documentId === DOCUMENTS.persian.id)!;
    expect(steps(persian.id)).toEqual(['Fars', 'منابع عربی']);
  });

  it('keeps every piece of user text as text', () => {
    const reader = article(doc, claim('<script>').id);
    expect(reader.querySelector('mark')?.textContent).toBe('<script>alert("pwned")</script> this is all lies & propaganda');
    expect(text(reader.querySelector('.statement'))).toBe('“<script>alert("pwned")</script> this is all lies & propaganda”');
    const evidence = article(doc, claim('We have not withdrawn').id);
    expect(text(evidence.querySelector('[data-kind="url"] .ev-note'))).toBe(
      'Compare positions 3, 7 and "11"; see <script>alert(2)</script> in the caption.',
    );
    expect([...evidence.querySelectorAll('.ev-title')].map((e) => e.textContent)).toContain('<img src=x onerror=alert(1)>');
    const persian = model.claims.find((c) => c.documentId === DOCUMENTS.persian.id)!;
    expect(text(article(doc, persian.id).querySelector('.rationale'))).toContain('evidence <img src=x onerror=alert(1)>.');
  });

  it('renders the formatted rationale with bold, italics, lists and only safe links', () => {
    const persian = model.claims.find((c) => c.documentId === DOCUMENTS.persian.id)!;
    const rationale = article(doc, persian.id).querySelector('.rationale')!;
    expect(text(rationale.querySelector('strong'))).toBe('unnamed Arab sources');
    expect(text(rationale.querySelector('em'))).toBe('no');
    expect([...rationale.querySelectorAll('ul > li')].map((li) => text(li))).toEqual([
      'Satellite images show some weapons moved.',
      'Turkish MoD statement',
      'not a real link',
    ]);
    expect([...rationale.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.mod.example/tr/idlib-statement']);
    // Plain-text rationales keep their paragraphs.
    const paragraphs = article(doc, claim('We have not withdrawn').id).querySelectorAll('.rationale p');
    expect(paragraphs).toHaveLength(2);
  });

  it('lists each kind of evidence with its stance', () => {
    const el = article(doc, claim('We have not withdrawn').id);
    const items = [...el.querySelectorAll('.evidence-item')];
    expect(items.map((i) => [i.getAttribute('data-kind'), text(i.querySelector('.stance'))])).toEqual([
      ['url', 'Refutes'],
      ['passage', 'Context'],
      ['file', 'Supports'],
      ['url', 'Context'],
    ]);
    const link = items[0]!.querySelector('a')!;
    expect(link.textContent).toBe('https://imagery.example/reports/idlib-2018-10-08?a=1&b=2');
    expect(text(items[0])).toContain('accessed 10 October 2018');
    expect(text(items[1])).toContain(`Passage from ${DOCUMENTS.persian.title}`);
    expect(text(items[1]!.querySelector('.passage'))).toBe('هیچ سلاح سنگینی خارج نشده است');
    expect(text(items[2])).toContain('nlf-statement-2018-10-08.pdf · 243 KB · application/pdf');
  });

  it('leaves the audit history out unless the report asks for it', () => {
    expect(doc.querySelectorAll('.history-part, .history')).toHaveLength(0);
    expect(html).not.toContain('Tom Brandt');
  });

  it('shows the last five history events with who and what when asked, and says how many are hidden', () => {
    const withHistory = parse({ ...model, includeHistory: true });
    const history = article(withHistory, claim('We have not withdrawn').id).querySelector('.history')!;
    const lines = [...history.querySelectorAll('li:not(.omitted-row)')].map((li) => [
      text(li.querySelector('time')),
      text(li.querySelector('.who')),
      text(li.querySelector('.what')),
    ]);
    expect(lines).toEqual([
      ['10 Oct 2018, 09:00', 'Leila Ahmadi', 'Added evidence: “Satellite imagery, 8 October”'],
      ['10 Oct 2018, 09:30', 'Leila Ahmadi', 'Changed the rationale'],
      ['10 Oct 2018, 10:00', 'Tom Brandt', 'Changed the status: In progress → In review'],
      ['10 Oct 2018, 12:00', 'Tom Brandt', 'Changed the verdict: No verdict → False'],
      ['10 Oct 2018, 12:01', 'Tom Brandt', 'Changed the status: In review → Done'],
    ]);
    expect(text(history.querySelector('.omitted'))).toBe('3 earlier changes not shown');
  });

  it('tells the reader when an orphan’s quote is shown from its stored anchor', () => {
    const orphan = model.claims.find((c) => c.orphaned)!;
    const el = article(doc, orphan.id);
    expect(el.querySelector('.orphan-note')).not.toBeNull();
    expect(text(el.querySelector('.in-context'))).toContain('…the zone last week, adding that Turkish observers');
    expect(article(doc, claim('We have not withdrawn').id).querySelector('.orphan-note')).toBeNull();
  });

  it('charts verdicts overall with one segment per verdict, sized by its count', () => {
    const expected = new Map<string, number>();
    for (const c of model.claims) expected.set(c.rating?.key ?? 'unrated', (expected.get(c.rating?.key ?? 'unrated') ?? 0) + 1);
    const segments = [...doc.querySelectorAll('svg.verdict-bar rect.segment')];
    const drawn = new Map(segments.map((s) => [s.getAttribute('data-verdict')!, Number(s.getAttribute('data-count'))]));
    expect(drawn).toEqual(expected);
    expect(segments).toHaveLength(expected.size);
    const total = model.claims.length;
    for (const s of segments) {
      const width = Number(s.getAttribute('width'));
      expect(width).toBeCloseTo((Number(s.getAttribute('data-count')) / total) * 680, 1);
      expect(s.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/u);
    }
    const falseSegment = segments.find((s) => s.getAttribute('data-verdict') === 'false')!;
    expect(falseSegment.getAttribute('fill')).toBe('#c62828');
    expect(text(falseSegment.querySelector('title'))).toBe('False: 1 (14%)');
  });

  it('charts verdicts by source, counting each claim once per source in its chain', () => {
    const rows = [...doc.querySelectorAll('svg.source-chart g.source-row')];
    const expected = new Map<string, number>();
    for (const c of model.claims) for (const id of new Set(c.hops.map((h) => h.sourceId))) expected.set(id, (expected.get(id) ?? 0) + 1);
    expect(new Map(rows.map((r) => [r.getAttribute('data-source-id')!, Number(r.getAttribute('data-total'))]))).toEqual(expected);
    const fars = rows.find((r) => r.getAttribute('data-source-id') === model.sources.find((s) => s.name === 'Fars')!.id)!;
    expect(rows[0]).toBe(fars);
    const segments = [...fars.querySelectorAll('rect.segment')].map((s) => [s.getAttribute('data-verdict'), s.getAttribute('data-count')]);
    expect(segments.sort()).toEqual([
      ['misleading', '1'],
      ['unverifiable', '1'],
    ]);
  });

  it('counts claims by status and verdict', () => {
    const count = (selector: string) => text(doc.querySelector(selector)?.querySelector('td.num'));
    expect(count('.by-status tr[data-status="done"]')).toBe('2');
    expect(count('.by-status tr[data-status="in_review"]')).toBe('2');
    expect(count('.by-status tr[data-status="unreviewed"]')).toBe('1');
    expect(count('.by-verdict tr[data-verdict="unrated"]')).toBe('2');
    expect(count('.by-verdict tr[data-verdict="mixed"]')).toBe('0');
    const figures = [...doc.querySelectorAll('.figures li')].map((li) => text(li));
    expect(figures).toEqual(['7 claims', '2 documents', '5 with a verdict', '2 fully reviewed', '4 with an unnamed or unknown origin']);
  });

  it('ends with a sources appendix', () => {
    const rows = [...doc.querySelectorAll('.appendix tbody tr')];
    expect(rows).toHaveLength(model.sources.length);
    const fars = rows.find((r) => text(r.querySelector('td')).startsWith('Fars'))!;
    const cells = [...fars.querySelectorAll('td')].map((td) => text(td));
    expect(cells.slice(1, 4)).toEqual(['State media', 'IR', 'Yes']);
    expect(cells[4]).toContain('farsnews.com');
    expect(cells[5]).toBe('2');
    const arab = rows.find((r) => text(r.querySelector('td')).startsWith('Arab sources'))!;
    expect(text(arab)).toContain('"Arab sources" covers <anything>.');
  });

  it('cannot be broken out of by a hostile title or organisation name', () => {
    const hostile: ReportModel = {
      ...model,
      title: '</title><script>alert(1)</script>',
      organization: { name: '"; } body { display: none } </style><script>x()</script>', url: '' },
      scale: { ...model.scale, ratings: model.scale.ratings.map((r) => ({ ...r, color: 'red; background: url(https://evil.example/x)' })) },
      claims: model.claims.map((c) => (c.rating ? { ...c, rating: { ...c.rating, color: 'url(https://evil.example/y)' } } : c)),
    };
    const out = renderHtmlReport(hostile);
    const hostileDoc = parse(hostile);
    expect(out).not.toMatch(/<script/iu);
    expect(out).not.toContain('evil.example');
    expect(hostileDoc.querySelectorAll('style')).toHaveLength(1);
    expect(hostileDoc.title).toBe('</title><script>alert(1)</script> — "; } body { display: none } </style><script>x()</script>');
    expect(hostileDoc.querySelector('.masthead .org')?.textContent).toBe(hostile.organization.name);
  });
});
