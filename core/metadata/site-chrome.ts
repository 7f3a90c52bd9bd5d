/**
 * Menu, widget and teaser lines that saved web pages carry above and around the article. A line
 * that is one of these is never a headline, a byline or an author.
 */
const CHROME_LINES = new Set(
  [
    "editor's choice",
    'editors choice',
    'most viewed',
    'most read',
    'most popular',
    'most shared',
    'most commented',
    'day week month',
    'in focus',
    'news',
    'latest news',
    'breaking news',
    'top stories',
    'trending',
    'trending now',
    'related',
    'related articles',
    'related news',
    'related posts',
    'read more',
    'read also',
    'see also',
    'more from this author',
    'recommended',
    'you may also like',
    'home',
    'menu',
    'search',
    'subscribe',
    'newsletter',
    'sign up for our newsletter',
    'log in',
    'login',
    'sign in',
    'register',
    'share',
    'share this',
    'share this article',
    'tweet',
    'print',
    'email',
    'advertisement',
    'sponsored',
    'skip to content',
    'skip to main content',
    'toggle navigation',
    'accept cookies',
    'new node',
    'gallery',
    'photo',
    'film',
    'video',
    'videos',
    'opinion',
    'analysis',
    'world',
    'politics',
    'business',
    'sport',
    'sports',
    'about us',
    'contact us',
    'privacy policy',
    'terms of use',
    'tags',
  ].map((line) => line.replace(/'/g, '’')),
);

export function isChromeLine(line: string): boolean {
  const key = line.toLowerCase().replace(/'/g, '’').replace(/\s*:$/, '').replace(/\s+/g, ' ').trim();
  return CHROME_LINES.has(key);
}

/** A navigation bar flattened to one line: "Home | World | Politics | Business". */
export function isNavigationLine(line: string): boolean {
  return (line.match(/\s[|•·»]\s/g) ?? []).length >= 2;
}
