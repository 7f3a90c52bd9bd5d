import { SEED_SOURCES } from '../sources/seed-registry.js';

/**
 * Outlets whose domain or short name does not spell their usual name. Unknown outlets are still
 * found from mastheads, datelines and domains; this list only fixes the spelling of known ones.
 */
const OUTLETS: { name: string; aliases: string[] }[] = [
  { name: 'AP', aliases: ['Associated Press', 'apnews.com', 'ap.org'] },
  { name: 'RIA Novosti', aliases: ['RIA', 'ria.ru'] },
  { name: 'RT', aliases: ['Russia Today', 'rt.com'] },
  { name: 'Interfax', aliases: ['interfax.ru', 'interfax.com'] },
  { name: 'SouthFront', aliases: ['South Front', 'southfront.org', 'southfront.press'] },
  { name: 'Alwaght', aliases: ['alwaght.net', 'alwaght.com'] },
  { name: 'Press TV', aliases: ['PressTV', 'presstv.ir', 'presstv.com'] },
  { name: 'Tasnim', aliases: ['Tasnim News Agency', 'tasnimnews.com'] },
  { name: 'Mehr', aliases: ['Mehr News Agency', 'MNA', 'mehrnews.com'] },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency', 'irna.ir'] },
  { name: 'SANA', aliases: ['Syrian Arab News Agency', 'sana.sy'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu', 'AA', 'aa.com.tr'] },
  { name: 'Daily Sabah', aliases: ['dailysabah.com'] },
  { name: 'Hürriyet', aliases: ['Hurriyet', 'hurriyet.com.tr', 'hurriyetdailynews.com'] },
  { name: 'Al Jazeera', aliases: ['Aljazeera', 'aljazeera.com', 'aljazeera.net'] },
  { name: 'Al-Masdar News', aliases: ['AMN', 'almasdarnews.com'] },
  { name: 'Xinhua', aliases: ['xinhuanet.com', 'news.cn'] },
  { name: 'BBC', aliases: ['bbc.com', 'bbc.co.uk'] },
  { name: 'CNN', aliases: ['cnn.com'] },
  { name: 'The New York Times', aliases: ['New York Times', 'nytimes.com'] },
  { name: 'The Washington Post', aliases: ['Washington Post', 'washingtonpost.com'] },
  { name: 'The Guardian', aliases: ['theguardian.com', 'guardian.co.uk'] },
  { name: 'Deutsche Welle', aliases: ['DW', 'dw.com'] },
  { name: 'France 24', aliases: ['france24.com'] },
  { name: 'Euronews', aliases: ['euronews.com'] },
  { name: 'Bloomberg', aliases: ['bloomberg.com'] },
];

const BY_ALIAS = new Map<string, string>();
for (const outlet of OUTLETS) {
  BY_ALIAS.set(outlet.name.toLowerCase(), outlet.name);
  for (const alias of outlet.aliases) BY_ALIAS.set(alias.toLowerCase(), outlet.name);
}
for (const source of SEED_SOURCES) {
  BY_ALIAS.set(source.name.toLowerCase(), source.name);
  for (const alias of source.aliases) BY_ALIAS.set(alias.alias.toLowerCase(), source.name);
}

/** The usual name of a known outlet from its name, abbreviation or domain; null when unknown. */
export function knownOutletName(nameOrDomain: string): string | null {
  const key = nameOrDomain
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
  return BY_ALIAS.get(key) ?? null;
}

/** The known outlet for a host name, also matching subdomains ("en.farsnews.ir"). */
export function knownOutletForHost(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const name = knownOutletName(labels.slice(i).join('.'));
    if (name) return name;
  }
  return null;
}
