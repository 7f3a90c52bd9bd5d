// Synthetic saved news pages for the import benchmark: what "Save page as…" leaves on disk for a
// news site, built from the prose in news-prose.ts and markup written for this file (no page is
// copied). Each page has a head full of meta tags, styles, analytics and JSON-LD scripts, a
// navigation bar, a masthead, the article (headline, byline, figures with captions, paragraphs with
// links and emphasis, a pull quote, a list), teaser asides, a reader-comment thread, a footer and
// trailing scripts. Sizes vary from about 20 KB to about 300 KB; seeded, so every run is the same.
import { mulberry32, newsArticle, newsText, pick, type Rng } from './news-prose.js';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const SITES = [
  'Levant Courier',
  'The Northern Ledger',
  'Caspian Herald',
  'Meridian Daily',
  'The Harbour Gazette',
  'Steppe Observer',
  'Gulf Evening Post',
  'The Danube Record',
];
const SECTIONS = [
  'World',
  'Middle East',
  'Europe',
  'Politics',
  'Business',
  'Economy',
  'Opinion',
  'Analysis',
  'Sport',
  'Culture',
  'Science',
  'Video',
  'Podcasts',
  'Newsletters',
];
const COMMENTERS = [
  'truthseeker77',
  'Marek_from_Gdansk',
  'old_reader',
  'Nadia K.',
  'anon2018',
  'Farid',
  'bluewave',
  'J. Okafor',
  'skeptic',
  'Hannah B.',
  'levant_watch',
  'pavel.s',
];
const REPLIES = [
  'This is exactly what everyone expected.',
  'Source? I read the opposite yesterday.',
  'Here is what another outlet wrote about it:',
  'Nobody believes these numbers any more.',
  'Thank you for the reporting, very clear.',
  'Same story every year, nothing changes.',
];

/** A seeded saved news page of at least `minBytes` characters of markup (before any cleaning). */
export function savedNewsPage(seed: number, minBytes: number): string {
  const rng = mulberry32(seed * 7919 + 17);
  const site = pick(rng, SITES);
  const slug = site.toLowerCase().replace(/[^a-z]+/g, '');
  const origin = `https://www.${slug}.example`;
  const article = newsArticle(seed, 2500 + Math.floor(rng() * Math.min(minBytes / 3, 25_000)));
  const [headline = 'Untitled', ...rest] = article.split('\n\n');
  const author = `${pick(rng, ['Rana', 'Tomas', 'Leyla', 'Pieter', 'Oksana', 'Karim'])} ${pick(rng, ['Haddad', 'Novak', 'Aydin', 'de Vries', 'Melnyk', 'Saleh'])}`;
  const published = `2018-${String(1 + (seed % 12)).padStart(2, '0')}-${String(1 + (seed % 28)).padStart(2, '0')}T0${seed % 10}:15:00Z`;
  const path = `/world/2018/${seed}/${headline.toLowerCase().replace(/[^a-z]+/g, '-')}`;

  const head = [
    '<!DOCTYPE html>',
    `<html lang="en" class="no-js" data-theme="light">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(headline)} | ${escape(site)}</title>`,
    `<meta name="description" content="${escape((rest.find((p) => p.length > 80) ?? headline).replace(/\s+/g, ' ').slice(0, 160))}">`,
    `<meta property="og:title" content="${escape(headline)}">`,
    `<meta property="og:site_name" content="${escape(site)}">`,
    `<meta property="og:url" content="${origin}${path}">`,
    `<meta property="og:image" content="${origin}/images/${seed}/lead.jpg">`,
    `<meta property="article:published_time" content="${published}">`,
    `<meta name="author" content="${escape(author)}">`,
    `<link rel="canonical" href="${origin}${path}">`,
    `<link rel="stylesheet" href="${origin}/assets/main.${seed % 97}.css">`,
    `<link rel="preload" href="${origin}/fonts/serif.woff2" as="font" crossorigin>`,
    `<style>${stylesheet(rng)}</style>`,
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, datePublished: published, author: { '@type': 'Person', name: author }, publisher: { '@type': 'Organization', name: site } })}</script>`,
    `<script>${analyticsScript(rng)}</script>`,
    `<script async src="${origin}/assets/vendor.${seed % 89}.js"></script>`,
    '</head>',
  ];

  const nav = [
    `<body class="article-page section-world">`,
    '<div id="cookie-banner" class="banner" role="dialog"><p>We use cookies to improve your experience. <a href="/privacy">Learn more</a></p><button type="button">Accept all</button><button type="button">Settings</button></div>',
    `<header class="masthead"><a class="logo" href="/"><img src="${origin}/logo.svg" alt="${escape(site)}"></a>`,
    '<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></header>',
    '<nav class="primary-nav" aria-label="Sections"><ul>',
    ...SECTIONS.map((section) => `<li><a href="/${section.toLowerCase().replace(/ /g, '-')}">${section}</a></li>`),
    '</ul></nav>',
    `<div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a> › <span>${escape(pick(rng, SECTIONS))}</span></div>`,
  ];

  const body: string[] = [
    '<main id="content"><article class="story" itemscope itemtype="https://schema.org/NewsArticle">',
    `<header class="story-header"><p class="kicker">${escape(pick(rng, SECTIONS))}</p><h1 itemprop="headline">${escape(headline)}</h1>`,
    `<p class="byline">By <a rel="author" href="/authors/${seed % 13}">${escape(author)}</a> · <time datetime="${published}">${published.slice(0, 10)}</time></p></header>`,
    '<div class="story-body" itemprop="articleBody">',
  ];
  let paragraph = 0;
  for (const block of rest) {
    if (/\/|©|Photo:/.test(block) && block.length < 80) {
      // A photo credit line becomes the lead figure's caption.
      body.push(figure(rng, origin, seed, paragraph, block));
      continue;
    }
    for (const line of block.split('\n')) {
      paragraph++;
      body.push(`<p>${inlineMarkup(rng, escape(line), origin)}</p>`);
      if (paragraph % 7 === 3)
        body.push(
          figure(
            rng,
            origin,
            seed,
            paragraph,
            `${escape(pick(rng, ['Residents', 'Officials', 'Trucks', 'Protesters']))} near the checkpoint. Photo: ${escape(author)}/${escape(site)}`,
          ),
        );
      if (paragraph % 11 === 5) body.push(`<aside class="inline-promo"><h3>Read more</h3><ul>${teasers(rng, 3, origin)}</ul></aside>`);
      if (paragraph % 13 === 8) body.push(`<blockquote class="pull-quote"><p>${escape(line.slice(0, 120))}</p></blockquote>`);
      if (paragraph === 6)
        body.push(
          `<ul class="key-points"><li>${escape(pick(rng, SECTIONS))} officials met on Monday</li><li>Talks are due to resume next week</li><li>No date was set for the vote</li></ul>`,
        );
    }
  }
  body.push(
    '</div>',
    `<footer class="story-footer"><p class="tags">Tags: ${SECTIONS.slice(0, 4)
      .map((s) => `<a href="/tag/${s.toLowerCase()}">${s}</a>`)
      .join(', ')}</p>`,
    '<div class="share"><a href="#share-fb">Share</a> <a href="#share-x">Post</a> <a href="#share-mail">Email</a></div></footer>',
    '</article>',
    `<aside class="sidebar"><section class="most-read"><h2>Most read</h2><ol>${teasers(rng, 10, origin)}</ol></section>`,
    `<section class="newsletter"><h2>Sign up for the morning briefing</h2><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></section></aside>`,
    '</main>',
  );

  const tail = [
    `<footer class="site-footer"><nav><ul>${SECTIONS.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav>`,
    `<p>© 2018 ${escape(site)}. All rights reserved. <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a></p></footer>`,
    `<script>${analyticsScript(rng)}</script>`,
    '</body>',
    '</html>',
  ];

  // Reader comments, then filler scripts, until the page reaches its size.
  const length = (parts: string[]): number => parts.reduce((sum, part) => sum + part.length + 1, 0);
  let size = length(head) + length(nav) + length(body) + length(tail);
  const comments: string[] = ['<section id="comments" class="comments"><h2>Comments</h2><ol class="comment-list">'];
  const commentsUntil = minBytes * (0.5 + rng() * 0.3);
  for (let c = 0; size < commentsUntil && c < 400; c++) {
    comments.push(comment(rng, seed * 1000 + c));
    size += comments[comments.length - 1]!.length + 1;
  }
  comments.push('</ol></section>');
  for (let chunk = 0; size < minBytes; chunk++) {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: i, slug: `story-${seed}-${i}`, views: Math.floor(rng() * 1e5) }));
    const script = `<script>${analyticsScript(rng)}window.__state = ${JSON.stringify({ chunk, items })};</script>`;
    tail.splice(tail.length - 2, 0, script);
    size += script.length + 1;
  }
  const markup = [...head, ...nav, ...body, ...comments, ...tail].join('\n');
  return markup;
}

/** `count` saved pages, sizes spread evenly (by a seeded shuffle) from `minKb` to `maxKb`. */
export function savedNewsPages(count: number, minKb = 20, maxKb = 300): { name: string; html: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const kb = minKb + (((i * 37) % count) / Math.max(count - 1, 1)) * (maxKb - minKb);
    return { name: `saved-page-${String(i + 1).padStart(3, '0')}.html`, html: savedNewsPage(i + 1, Math.round(kb * 1024)) };
  });
}

function stylesheet(rng: Rng): string {
  const rules: string[] = [];
  for (let i = 0; i < 60 + Math.floor(rng() * 120); i++) {
    rules.push(
      `.c${i}-${Math.floor(rng() * 999)}{margin:${i % 8}px ${i % 5}px;color:#${Math.floor(rng() * 0xffffff)
        .toString(16)
        .padStart(6, '0')};font-size:${12 + (i % 9)}px}`,
    );
  }
  return rules.join('');
}

function analyticsScript(rng: Rng): string {
  const id = Math.floor(rng() * 1e9);
  return `(function(w,d){w.dataLayer=w.dataLayer||[];w.dataLayer.push({event:"pageview",id:${id},ts:Date.now()});var s=d.createElement("script");s.async=true;s.src="https://metrics.example/t.js?id=${id}";if(document.body){document.body.insertAdjacentHTML("beforeend","<div id=\\"ad-${id}\\"></div>")}d.head.appendChild(s)})(window,document);`;
}

function inlineMarkup(rng: Rng, text: string, origin: string): string {
  // A link on a run of words now and then, emphasis on others.
  return text.replace(/\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/g, (match) => {
    const r = rng();
    if (r < 0.08) return `<a href="${origin}/topics/${match.toLowerCase().replace(/ /g, '-')}">${match}</a>`;
    if (r < 0.11) return `<strong>${match}</strong>`;
    if (r < 0.13) return `<em>${match}</em>`;
    return match;
  });
}

function figure(rng: Rng, origin: string, seed: number, at: number, caption: string): string {
  const width = pick(rng, [640, 800, 1024, 1200]);
  return (
    `<figure class="story-image"><picture><source srcset="${origin}/images/${seed}/${at}.webp" type="image/webp">` +
    `<img src="${origin}/images/${seed}/${at}.jpg" width="${width}" height="${Math.round(width * 0.5625)}" alt="" loading="lazy"></picture>` +
    `<figcaption>${caption}</figcaption></figure>`
  );
}

function teasers(rng: Rng, count: number, origin: string): string {
  return Array.from({ length: count }, () => {
    const title = newsArticle(Math.floor(rng() * 1e6), 10).split('\n\n')[0]!;
    return `<li class="teaser"><a href="${origin}/world/${Math.floor(rng() * 1e5)}"><img src="${origin}/thumbs/${Math.floor(rng() * 1e5)}.jpg" alt=""><span>${escape(title)}</span></a></li>`;
  }).join('');
}

function comment(rng: Rng, seed: number): string {
  const who = pick(rng, COMMENTERS);
  const reply = pick(rng, REPLIES);
  // Readers paste whole paragraphs from other outlets into the thread.
  const pasted =
    rng() < 0.4
      ? `<p>${escape(
          newsText(seed, 300 + Math.floor(rng() * 900))
            .split('\n\n')
            .slice(1, 4)
            .join(' '),
        )}</p>`
      : '';
  return (
    `<li class="comment" id="c${seed}"><div class="comment-meta"><img class="avatar" src="https://avatars.example/${seed}.png" alt=""><span class="author">${escape(who)}</span>` +
    `<time>${1 + (seed % 23)} hours ago</time></div><div class="comment-body"><p>${escape(reply)}</p>${pasted}</div>` +
    `<div class="comment-actions"><button>Reply</button><button>Like (${seed % 40})</button><a href="#report-${seed}">Report</a></div></li>`
  );
}
