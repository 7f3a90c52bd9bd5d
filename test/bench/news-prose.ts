// Synthetic English news prose for the detection benchmarks, built from templates and word lists
// written for this file (no article is copied): headlines, photo credit lines, datelines, quotations,
// "X said", "according to Y", "told Reuters", "X quoted Y", "citing Z" and plain narrative, in
// stretches of normal paragraphs and stretches of one sentence per line, as saved pages look.
// Seeded, so every run measures the same text.

const FIRST =
  'Ahmed Maria Sergei Fatima John Li Amir Elena Hassan Olga David Aisha Mehmet Sarah Yusuf Anna Karim Natalia Omar Laura Dmitry Leila Pierre Samir Ibrahim Irina Tom Rania Viktor Nadia'.split(
    ' ',
  );
const LAST =
  'Haddad Petrov Karimi Whitfield Yilmaz Nasser Ivanova Dubois Rahman Kovalenko Mansour Schmidt Osman Bakr Morozov Hallberg Demir Saleh Novak Farouk Orlov Brennan Aziz Kaya Volkova Lambert Qasim Sokolov Tahir Greene'.split(
    ' ',
  );
const OUTLETS = [
  'Reuters',
  'AFP',
  'TASS',
  'Sputnik',
  'Fars',
  'Anadolu Agency',
  'Al Jazeera',
  'Xinhua',
  'the Associated Press',
  'the BBC',
  'RIA Novosti',
  'Interfax',
  'IRNA',
  'Kommersant',
  'Le Monde',
  'the Financial Times',
];
const AGENCIES = ['AFP', 'Reuters', 'TASS', 'Sputnik', 'AP', 'EPA', 'Getty Images', 'Anadolu Agency'];
const UNNAMED = [
  'a diplomatic source',
  'two officials familiar with the talks',
  'local sources',
  'a source close to the negotiations',
  'Arab sources',
  'residents',
  'security sources',
  'an official who asked not to be named',
  'witnesses',
  'a military source',
];
const ORGS = [
  'Defence Ministry',
  'Foreign Ministry',
  'Health Ministry',
  'United Nations',
  'Red Crescent',
  'central bank',
  'electoral commission',
  'Interior Ministry',
  'port authority',
  'World Food Programme',
  'opposition coalition',
  'energy regulator',
];
const TITLES = [
  'a spokesman for the ORG',
  'the deputy foreign minister',
  'a senior official at the ORG',
  'the governor of PLACE',
  'a military analyst in PLACE',
  'the head of the ORG',
  'a spokeswoman for the ORG',
  'an economist in PLACE',
];
const PLACES = [
  'Idlib',
  'Latakia',
  'Aleppo',
  'Damascus',
  'Ankara',
  'Moscow',
  'Tehran',
  'Beirut',
  'Baghdad',
  'Geneva',
  'Brussels',
  'Cairo',
  'Amman',
  'Sochi',
  'Doha',
  'Tripoli',
  'Mosul',
  'Erbil',
  'Homs',
  'Istanbul',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// A trailing * marks a plural subject, for the verb to agree with.
const SUBJECTS = [
  'the government',
  'rebel groups*',
  'the army',
  'the two sides*',
  'the ministry',
  'aid agencies*',
  'investors*',
  'the coalition',
  'Turkish forces*',
  'the central bank',
  'local councils*',
  'the delegation',
  'militants*',
  'the opposition',
  'Russian military police*',
];
const MODALS = [
  'had agreed to',
  'would not accept a plan to',
  'BE preparing to',
  'had begun to',
  'planned to',
  'refused to',
  'BE ready to',
  'had failed to',
  'could soon',
  'BE expected to',
];
const ACTIONS = [
  'withdraw heavy weapons from the buffer zone',
  'reopen the border crossing',
  'raise interest rates by half a percentage point',
  'hold a new round of talks',
  'resume grain exports through the port',
  'deliver aid to 40,000 displaced people',
  'extend the ceasefire for another month',
  'investigate the air strike',
  'release the detained journalists',
  'cut fuel subsidies',
  'send observers to the front line',
  'open a humanitarian corridor',
  'postpone the vote',
  'restore power to the eastern districts',
];
const TAILS = [
  '',
  '',
  ' in PLACE',
  ' by the end of MONTH',
  ' within days',
  ' despite objections from the ORG',
  ' before the winter',
  ' under the deal signed in PLACE',
];
const QUOTES = [
  'We will not ACTION under these conditions',
  'Our position has not changed',
  'This is a serious violation of the agreement',
  'There can be no solution without dialogue',
  'The people of PLACE have suffered enough',
  'We are ready to ACTION if the other side keeps its word',
  'Nobody wants a new war',
  'The decision was taken after long consultations',
  'We have seen no evidence to support these claims',
  'The situation on the ground remains very difficult',
  'It is too early to say whether the deal will hold',
  'Prices have doubled since the summer',
];
const CUES = ['said', 'stressed', 'noted', 'claimed', 'alleged', 'insisted', 'warned', 'announced', 'confirmed', 'reported', 'added'];
const NARRATIVE = [
  'The agreement was signed in PLACE on DAY after hours of talks.',
  'Fighting has displaced more than NUM people since MONTH.',
  'Bread and fuel prices rose by NUM percent last month.',
  'PLACE lies about NUM kilometres from the border.',
  'The road between PLACE and PLACE has been closed for weeks.',
  'Talks are due to resume in PLACE next month.',
  'The ORG has not published figures since MONTH.',
  'Several convoys crossed the checkpoint on DAY morning.',
  'The buffer zone runs for about NUM kilometres along the front line.',
  'Electricity returned to parts of PLACE late on DAY.',
  'Shops in the old market stayed shut for a third day.',
  'The vote, first planned for MONTH, has been delayed twice.',
];
const HEADLINE_WORDS = [
  'Ceasefire',
  'Talks',
  'Convoy',
  'Deal',
  'Strike',
  'Vote',
  'Aid',
  'Border',
  'Prices',
  'Militants',
  'Ministry',
  'Observers',
];
const HEADLINE_VERBS = ['Stall in', 'Resume in', 'Reach', 'Hit', 'Delayed in', 'Under Strain in', 'Expected in', 'Rejected in'];

export type Rng = () => number;

/** A small seeded generator, so every run generates the same text. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Fills the placeholders of a template with random words. */
function fill(rng: Rng, template: string): string {
  return template
    .replace(/ORG/g, () => pick(rng, ORGS))
    .replace(/PLACE/g, () => pick(rng, PLACES))
    .replace(/MONTH/g, () => pick(rng, MONTHS))
    .replace(/DAY/g, () => pick(rng, DAYS))
    .replace(/NUM/g, () => String(2 + Math.floor(rng() * 900)))
    .replace(/ACTION/g, () => pick(rng, ACTIONS));
}

interface Style {
  open: string;
  close: string;
}

/** One article's cast, so people are introduced in full and then named by surname or pronoun. */
class Writer {
  private readonly people: { first: string; last: string; title: string; introduced: boolean; pronoun: string }[];

  constructor(
    private readonly rng: Rng,
    private readonly style: Style,
  ) {
    this.people = Array.from({ length: 3 }, () => ({
      first: pick(rng, FIRST),
      last: pick(rng, LAST),
      title: fill(rng, pick(rng, TITLES)),
      introduced: false,
      pronoun: rng() < 0.6 ? 'he' : 'she',
    }));
  }

  private last: Writer['people'][number] | null = null;

  /** "Name Surname, title," the first time, then the surname, or a pronoun for the last one named. */
  private person(): string {
    const p = pick(this.rng, this.people);
    const previous = this.last;
    this.last = p;
    if (!p.introduced) {
      p.introduced = true;
      return `${p.first} ${p.last}, ${p.title},`;
    }
    return p === previous && this.rng() < 0.5 ? p.pronoun : p.last;
  }

  private clause(): string {
    const subject = pick(this.rng, SUBJECTS);
    const plural = subject.endsWith('*');
    const modal = pick(this.rng, MODALS).replace('BE', plural ? 'were' : 'was');
    return `${plural ? subject.slice(0, -1) : subject} ${modal} ${fill(this.rng, pick(this.rng, ACTIONS) + pick(this.rng, TAILS))}`;
  }

  private quote(): string {
    const { open, close } = this.style;
    const first = fill(this.rng, pick(this.rng, QUOTES));
    return this.rng() < 0.25 ? `${open}${first}. ${fill(this.rng, pick(this.rng, QUOTES))},${close}` : `${open}${first},${close}`;
  }

  sentence(): string {
    const r = this.rng;
    const outlet = pick(r, OUTLETS);
    const named = () => `${pick(r, FIRST)} ${pick(r, LAST)}`;
    switch (Math.floor(r() * 20)) {
      case 0:
        return `${this.quote()} ${this.person()} said.`;
      case 1:
        return `${this.quote()} ${this.person()} told ${outlet}.`;
      case 2:
        return `${capitalise(this.person())} said ${this.clause()}.`;
      case 3:
        return `According to ${outlet}, ${this.clause()}.`;
      case 4:
        return `${capitalise(outlet)} reported that ${this.clause()}, citing ${pick(r, UNNAMED)}.`;
      case 5:
        return `${capitalise(outlet)} quoted ${named()}, ${fill(r, pick(r, TITLES))}, as saying that ${this.clause()}.`;
      case 6:
        return `${capitalise(this.clause())}, ${pick(r, UNNAMED)} told Reuters.`;
      case 7:
        return `${this.quote()} ${this.person()} said, adding that ${this.clause()}.`;
      case 8:
        return `${named()} told ${outlet} on ${pick(r, DAYS)} that ${this.clause()}.`;
      case 9:
        return `${capitalise(this.clause())}, the ${pick(r, ORGS)} said in a statement.`;
      case 10:
        return `${capitalise(this.person())} ${pick(r, CUES)} that ${this.clause()}.`;
      case 11:
        return `${capitalise(outlet)} said, citing ${pick(r, UNNAMED)}, that ${this.clause()}.`;
      case 12:
        return `${this.quote()} ${named()} wrote on Twitter.`;
      case 13:
        return `In an interview with ${outlet}, ${this.person()} ${pick(r, CUES)} that ${this.clause()}.`;
      case 14:
        return `${capitalise(this.clause())}, according to ${pick(r, UNNAMED)}.`;
      default:
        return fill(r, pick(r, NARRATIVE));
    }
  }
}

function creditLine(rng: Rng): string {
  const name = `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
  const agency = pick(rng, AGENCIES);
  const year = 2015 + Math.floor(rng() * 5);
  return pick(rng, [`${name}/${agency}`, `© ${agency} ${year} / ${name.toUpperCase()}`, `Photo: ${name}/${agency}`]);
}

/** One article of at least `minChars` characters. */
export function newsArticle(seed: number, minChars = 3000): string {
  const rng = mulberry32(seed);
  const style = rng() < 0.5 ? { open: '"', close: '"' } : { open: '\u201C', close: '\u201D' };
  const writer = new Writer(rng, style);
  const place = pick(rng, PLACES);
  const day = 1 + Math.floor(rng() * 28);
  const month = pick(rng, MONTHS);
  const parts = [`${pick(rng, HEADLINE_WORDS)} ${pick(rng, HEADLINE_VERBS)} ${place}`];
  if (rng() < 0.5) parts.push(creditLine(rng));
  parts.push(`${pick(rng, DAYS)} ${day} ${month} 2018`);
  let body = `${place.toUpperCase()}, ${month} ${day} (${pick(rng, ['Reuters', 'AFP', 'TASS', 'Sputnik'])}) - ${writer.sentence()}`;
  let length = parts.join('\n\n').length + body.length;
  const blocks = [body];
  while (length < minChars) {
    // Stretches of one sentence per line, as copied from some sites, between normal paragraphs.
    const lines = rng() < 0.3;
    const count = lines ? 3 + Math.floor(rng() * 6) : 2 + Math.floor(rng() * 3);
    body = Array.from({ length: count }, () => writer.sentence()).join(lines ? '\n' : ' ');
    blocks.push(body);
    length += body.length + 2;
  }
  parts.push(...blocks);
  if (rng() < 0.4)
    parts.push(`(Reporting by ${pick(rng, FIRST)} ${pick(rng, LAST)} in ${place}; Editing by ${pick(rng, FIRST)} ${pick(rng, LAST)})`);
  return parts.join('\n\n');
}

/** Articles one after another until the text is at least `minBytes` of UTF-8. */
export function newsText(seed: number, minBytes: number): string {
  const articles: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const article = newsArticle(seed * 10_007 + i, 2000 + ((seed + i * 7919) % 6000));
    articles.push(article);
    bytes += Buffer.byteLength(article) + 2;
  }
  return articles.join('\n\n');
}
