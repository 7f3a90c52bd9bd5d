import { describe, expect, it } from 'vitest';

import { commenterAt } from '../../../../core/comments/commenter.js';

const ARTICLE = 'Convoy halts at the border\n\nThe convoy stopped on Tuesday, officials said.\n\n';
const THREAD = [
  '3 Comments',
  '',
  'Dana Holt',
  '',
  'March 3, 2026 at 9:14 am',
  '',
  'Sputnik reported that the convoy turned back.',
  '',
  'And the drivers were sent home the same night.',
  '',
  'Reply',
  '',
  'pavel_k says:',
  '',
  'Nobody turned back, I was there.',
].join('\n');
const text = ARTICLE + THREAD;
const start = ARTICLE.length;

describe('commenterAt', () => {
  it('names the commenter a comment sits under, past timestamps and earlier paragraphs of the same comment', () => {
    expect(commenterAt(text, start, text.indexOf('Sputnik reported'))).toBe('Dana Holt');
    expect(commenterAt(text, start, text.indexOf('And the drivers'))).toBe('Dana Holt');
  });

  it('reads the "X says:" line widgets print', () => {
    expect(commenterAt(text, start, text.indexOf('Nobody turned back'))).toBe('pavel_k');
  });

  it('says nothing for article text or a thread that names nobody', () => {
    expect(commenterAt(text, start, text.indexOf('The convoy stopped'))).toBeNull();
    const bare = `${ARTICLE}Comments\n\nThis is all propaganda from start to finish, read the original report.`;
    expect(commenterAt(bare, ARTICLE.length, bare.indexOf('This is all'))).toBeNull();
  });
});
