import { describe, expect, it } from 'vitest';

import { detectCommentsStart } from '../../../../core/comments/index.js';
import { normaliseText } from '../../../../core/text/normalise.js';
import { readImportFixture } from '../../../fixtures/import/read-import-fixture.js';

function fixture(name: string): string {
  return normaliseText(readImportFixture(name));
}

/** The line the thread starts on, as a reader sees it. */
function lineAt(text: string, offset: number | null): string | null {
  if (offset === null) return null;
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end === -1 ? undefined : end);
}

const ARTICLE = [
  'Officials in the port city said on Tuesday that the new customs rules would take effect next month, after weeks of delays.',
  'The chamber of commerce said the rules would add at least two days to every shipment, according to a statement it published.',
  'A ministry spokesman told reporters that the delays were caused by software problems rather than by any change of policy.',
].join('\n\n');

describe('detectCommentsStart', () => {
  it('finds a news-site comment form after the tags line', () => {
    const text = fixture('meridian-header-article.txt');
    const start = detectCommentsStart(text);
    expect(lineAt(text, start)).toBe('Comments');
    expect(text.slice(0, start!)).toContain('shelling near the town of Kafr Zita overnight.');
    expect(text.slice(start!)).toMatch(/^Comments\nName :\nEmail :/);
  });

  it('finds a thread saved without any widget text from commenter names and replies', () => {
    const text = fixture('frontline-thread-article.txt');
    const start = detectCommentsStart(text);
    expect(lineAt(text, start)).toBe('Desert Fox 77');
    expect(text.slice(0, start!).trimEnd()).toMatch(/continued attempts to expand their influence\.$/);
  });

  it('takes in the unsigned comments that come before the first commenter name', () => {
    const text = [
      ARTICLE,
      'Another fine mess from the usual suspects…',
      'WHO PAYS FOR ALL THIS???',
      '“the delays were caused by software problems rather than by any change of policy”',
      'I think the ministry is hiding something again, as usual.',
      'Marta Kowal',
      'The customs office has been a shambles for years, nothing new here.',
      'Jon Reeve',
      'Agreed, and nobody will be fired for it either.',
      'Marta Kowal',
      'Exactly! Same story every winter.',
    ].join('\n\n');
    const start = detectCommentsStart(text);
    expect(lineAt(text, start)).toBe('Another fine mess from the usual suspects…');
    expect(text.slice(0, start!).trimEnd()).toMatch(/rather than by any change of policy\.$/);
  });

  it("does not take the article's own closing lines for unsigned comments", () => {
    const text = [
      ARTICLE,
      'The new rules take effect on the first of next month.',
      'Customs officials will hold a briefing on Friday.',
      'Marta Kowal',
      'The customs office has been a shambles for years, I tell you.',
      'Jon Reeve',
      'Agreed, and nobody will be fired for it either.',
      'Marta Kowal',
      'Exactly! Same story every winter.',
    ].join('\n\n');
    expect(lineAt(text, detectCommentsStart(text))).toBe('Marta Kowal');
  });

  it('finds a wpDiscuz widget and keeps the whole article, including its last paragraph', () => {
    const text = fixture('wire-byline-article.txt');
    const start = detectCommentsStart(text);
    expect(lineAt(text, start)).toBe('Leave a Reply');
    expect(text.slice(0, start!)).toContain('The mediators said they would reconvene on Friday.');
  });

  it('does not take an article that mentions comments and has subheadings for a thread', () => {
    expect(detectCommentsStart(fixture('explainer-with-subheadings.txt'))).toBeNull();
    expect(detectCommentsStart(fixture('tass-caption-article.txt'))).toBeNull();
  });

  it('ignores glossary terms and menus above the headline even though they repeat', () => {
    const text = fixture('meridian-header-article.txt');
    const start = detectCommentsStart(text)!;
    expect(start).toBeGreaterThan(text.indexOf('Meridian- Armed factions'));
  });

  it('does not treat a lone "Comments" heading or a closing "Send" as a widget', () => {
    expect(detectCommentsStart(`${ARTICLE}\n\nComments\n\nThe rules are published in full on the ministry's website.`)).toBeNull();
    expect(detectCommentsStart(`${ARTICLE}\n\nShare this article\n\nSend`)).toBeNull();
  });

  it('recognises WordPress "says:" lines with timestamps and reply links', () => {
    const text = `${ARTICLE}\n\nAnna Berg says:\nMarch 4, 2019 at 9:12 am\nThis is the third delay this year.\nReply\n\nPort Watcher says:\nMarch 4, 2019 at 10:40 am\nSoftware problems, sure.\nReply`;
    expect(lineAt(text, detectCommentsStart(text))).toBe('Anna Berg says:');
  });

  it('needs some article prose first, so a page that is only a thread has no article/thread boundary', () => {
    expect(detectCommentsStart('Desert Fox\n\nWhat?!\n\nHarbour Light\n\nlol\n\nDesert Fox\n\nyou again??')).toBeNull();
    expect(detectCommentsStart('')).toBeNull();
  });

  it('reports the offset in UTF-16 code units, counting characters outside the BMP as two', () => {
    const text = `📰 ${ARTICLE}\n\nLeave a Reply\nNotify of`;
    const start = detectCommentsStart(text)!;
    expect(text.slice(start, start + 13)).toBe('Leave a Reply');
    expect(start).toBe(text.indexOf('Leave a Reply'));
  });
});
