// A report model as the database side would fill it: an English wire story with a hostile reader
// thread and an astral character before the quotes, a Persian (RTL) Fars story, multi-hop chains
// (one ending in an unnamed source, one with no hops at all), every evidence kind, a long history,
// an orphan, an unverifiable verdict and user text full of commas, quotes, newlines, markup and
// spreadsheet formulas.
import type {
  ChainFlag,
  ClaimAppearance,
  ClaimStatus,
  Evidence,
  HistoryEvent,
  HopKind,
  Rating,
  Source,
  SourceKind,
} from '../../../../core/domain.js';
import type { ReportClaim, ReportDocument, ReportHop, ReportModel } from '../../../../core/reports/model.js';
import { reportScale } from '../../../../core/reports/model.js';
import { SEED_SOURCES } from '../../../../core/sources/seed-registry.js';

let counter = 0;
/** Deterministic UUIDs, so failures name the same IDs on every run. */
export function fixtureId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

const rating = (n: number, key: string, label: string, color: string, value: number | null): Rating => ({
  id: `0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b0${n}`,
  key,
  label,
  color,
  ordinal: n,
  ratingValue: value,
  description: '',
  archived: false,
});

export const RATINGS = {
  true: rating(1, 'true', 'True', '#2e7d32', 6),
  mostly_true: rating(2, 'mostly_true', 'Mostly true', '#7cb342', 5),
  mixed: rating(3, 'mixed', 'Mixed', '#f9a825', 4),
  misleading: rating(4, 'misleading', 'Misleading', '#ef6c00', 3),
  mostly_false: rating(5, 'mostly_false', 'Mostly false', '#e64a19', 2),
  false: rating(6, 'false', 'False', '#c62828', 1),
  unverifiable: rating(7, 'unverifiable', 'Unverifiable', '#757575', null),
} as const;

function seed(name: string): Source {
  const s = SEED_SOURCES.find((x) => x.name === name);
  if (!s) throw new Error(`no seed source ${name}`);
  return { ...s, notes: '', claimCount: 0, confirmed: true };
}

function newSource(name: string, kind: SourceKind, extra: Partial<Source> = {}): Source {
  return {
    id: fixtureId(),
    name,
    kind,
    country: null,
    stateAffiliated: false,
    notes: '',
    aliases: [],
    claimCount: 0,
    wikidataId: null,
    confirmed: true,
    ...extra,
  };
}

export const SOURCES = {
  afp: seed('AFP'),
  tass: seed('TASS'),
  fars: seed('Fars'),
  naji: newSource('NLF spokesman Naji Mustafa', 'person', { country: 'SY', aliases: [{ alias: 'Naji Mustafa', kind: 'name' }] }),
  arab: newSource('Arab sources', 'unnamed', { notes: 'Never identified; "Arab sources" covers <anything>.' }),
  arabFa: newSource('منابع عربی', 'unnamed'),
  mod: newSource('Turkish Ministry of National Defence', 'official', { country: 'TR', stateAffiliated: true }),
  officials: newSource('Russian officials', 'official', { country: 'RU', stateAffiliated: true }),
};

export const ENGLISH_TEXT = [
  '🚨 BREAKING: Militants refuse to leave Idlib buffer zone',
  '',
  'Photo: Omar Haj Kadour/AFP',
  '',
  'IDLIB, Syria — Militants in Idlib have refused to hand over their heavy weapons, the National Liberation Front said on Monday. “We have not withdrawn a single heavy weapon, and we will not,” NLF spokesman Naji Mustafa told AFP. He added that "no agreement, whatsoever," had been reached with Ankara on the 20-kilometre zone.',
  '',
  'Fars News Agency, citing Arab sources, reported that -30% fewer fighters crossed the zone last week. Russian officials said the withdrawal was "proceeding on schedule", TASS reported.',
  '',
  'Comments (3)',
  '',
  'reader_77: <script>alert("pwned")</script> this is all lies & propaganda',
  "Dmitri K.: =cmd|' /C calc'!A0 lol, who believes AFP anyway?",
].join('\n');

export const PERSIAN_TEXT = [
  'فارس: شبه‌نظامیان از خروج از منطقه حائل ادلب خودداری کردند',
  '',
  'خبرگزاری فارس به نقل از منابع عربی گزارش داد که شبه‌نظامیان سلاح‌های سنگین خود را از منطقه حائل خارج نکرده‌اند. به گفته این منابع، «هیچ توافقی با آنکارا حاصل نشده است». آیا این ادعا درست است؟ خبرگزاری فرانسه نیز به نقل از سخنگوی جبهه ملی آزادی‌بخش گزارش داد که هیچ سلاح سنگینی خارج نشده است.',
].join('\n');

export const DOCUMENTS = {
  english: {
    id: fixtureId(),
    title: 'Militants refuse to leave Idlib buffer zone, agencies say',
    outlet: 'Alwaght',
    author: 'Staff & agencies',
    url: 'https://alwaght.example/en/news/148213/militants-refuse-idlib-deal',
    publishedAt: '2018-10-09T08:30:00Z',
    language: 'en',
    direction: 'ltr',
    text: ENGLISH_TEXT,
    provenance: { publishedAt: { origin: 'declared', confirmed: false } },
  },
  persian: {
    id: fixtureId(),
    title: 'فارس: شبه‌نظامیان از خروج از منطقه حائل ادلب خودداری کردند',
    outlet: 'Fars',
    author: null,
    url: 'https://www.farsnews.example/news/13970716000123',
    publishedAt: '2018-10-08T16:00:00Z',
    language: 'fa',
    direction: 'rtl',
    text: PERSIAN_TEXT,
    provenance: {},
  },
} satisfies Record<string, ReportDocument>;

/** The stored anchor of `quote` in `text`, the way the workbench computes it. */
export function anchorIn(text: string, quote: string): { quote: string; prefix: string; suffix: string; start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const end = start + quote.length;
  return { quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end };
}

function hops(...steps: [Source, HopKind][]): ReportHop[] {
  return steps.map(([source, kind], ordinal) => ({
    id: fixtureId(),
    ordinal,
    sourceId: source.id,
    sourceName: source.name,
    sourceKind: source.kind,
    sourceWikidataId: source.wikidataId,
    kind,
    cue: null,
    stance: null,
  }));
}

function event(
  claimId: string,
  at: string,
  actor: string,
  action: string,
  field: string | null = null,
  oldValue: string | null = null,
  newValue: string | null = null,
  entity = 'claim',
): HistoryEvent {
  return {
    id: fixtureId(),
    at,
    actor,
    entity,
    entityId: entity === 'claim' ? claimId : fixtureId(),
    claimId,
    action,
    field,
    oldValue,
    newValue,
  };
}

interface ClaimSpec {
  document: ReportDocument;
  quote: string;
  statement: string;
  claimant: string;
  status: ClaimStatus;
  rating: Rating | null;
  hops: ReportHop[];
  chainFlag: ChainFlag;
  rationaleText?: string;
  rationaleJson?: string | null;
  evidence?: (claimId: string) => Evidence[];
  history?: (claimId: string) => HistoryEvent[];
  appearances?: (claimId: string) => ClaimAppearance[];
  firstAppearance?: (claimId: string) => ClaimAppearance | null;
  tags?: string[];
  /** Who the claim is assigned to; unassigned when left out. */
  assignee?: string;
  /** Set for a claim made in the reader comments. */
  fromComment?: { commenter: string | null };
  orphan?: { prefix: string; suffix: string };
  createdAt: string;
  updatedAt: string;
}

function claim(spec: ClaimSpec): ReportClaim {
  const id = fixtureId();
  const anchor = spec.orphan
    ? { quote: spec.quote, prefix: spec.orphan.prefix, suffix: spec.orphan.suffix, start: null, end: null }
    : anchorIn(spec.document.text, spec.quote);
  return {
    id,
    documentId: spec.document.id,
    ...anchor,
    orphaned: Boolean(spec.orphan),
    statement: spec.statement,
    claimant: spec.claimant,
    kind: 'factual',
    checkworthiness: 3,
    status: spec.status,
    ratingId: spec.rating?.id ?? null,
    assignee: spec.assignee ?? null,
    tags: spec.tags ?? [],
    notesJson: null,
    notesText: '',
    origin: 'manual',
    hops: spec.hops,
    fromComment: spec.fromComment ?? null,
    chainFlag: spec.chainFlag,
    createdAt: spec.createdAt,
    updatedAt: spec.updatedAt,
    rating: spec.rating,
    rationaleText: spec.rationaleText ?? '',
    rationaleJson: spec.rationaleJson ?? null,
    evidence: spec.evidence?.(id) ?? [],
    history: spec.history?.(id) ?? [],
    appearances: spec.appearances?.(id) ?? [],
    firstAppearance: spec.firstAppearance?.(id) ?? null,
  };
}

function evidence(claimId: string, fields: Partial<Evidence> & Pick<Evidence, 'kind' | 'stance'>): Evidence {
  return {
    id: fixtureId(),
    claimId,
    url: null,
    title: '',
    accessedAt: null,
    note: '',
    passage: null,
    file: null,
    createdAt: '2018-10-10T09:00:00Z',
    updatedAt: '2018-10-10T09:00:00Z',
    ...fields,
  };
}

const persianAppearanceQuote = 'هیچ سلاح سنگینی خارج نشده است';

const RATIONALE_JSON = JSON.stringify({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Fars attributes this to ', format: 0 },
          { type: 'text', text: 'unnamed Arab sources', format: 1 },
          { type: 'text', text: ' and offers ', format: 0 },
          { type: 'text', text: 'no', format: 2 },
          { type: 'text', text: ' evidence <img src=x onerror=alert(1)>.', format: 0 },
        ],
      },
      {
        type: 'list',
        listType: 'bullet',
        children: [
          { type: 'listitem', children: [{ type: 'text', text: 'Satellite images show some weapons moved.', format: 0 }] },
          {
            type: 'listitem',
            children: [
              {
                type: 'link',
                url: 'https://www.mod.example/tr/idlib-statement',
                children: [{ type: 'text', text: 'Turkish MoD statement', format: 0 }],
              },
            ],
          },
          {
            type: 'listitem',
            children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'not a real link', format: 0 }] }],
          },
        ],
      },
    ],
  },
});

export function buildFixtureModel(): ReportModel {
  const en = DOCUMENTS.english;
  const fa = DOCUMENTS.persian;
  const claims: ReportClaim[] = [
    claim({
      document: en,
      quote: 'We have not withdrawn a single heavy weapon, and we will not',
      statement: 'The NLF has not withdrawn any heavy weapons from the Idlib buffer zone.',
      claimant: 'NLF spokesman Naji Mustafa',
      status: 'done',
      rating: RATINGS.false,
      hops: hops([SOURCES.afp, 'quote'], [SOURCES.naji, 'quote']),
      chainFlag: null,
      tags: ['idlib', 'buffer zone'],
      assignee: 'Leila Ahmadi',
      rationaleText:
        'Satellite images taken on 8 October show artillery pieces leaving two NLF positions inside the zone.\n\nTurkey’s defence ministry said the same day that "the withdrawal of heavy weapons is complete", which the NLF did not dispute.',
      evidence: (id) => [
        evidence(id, {
          kind: 'url',
          stance: 'refuting',
          url: 'https://imagery.example/reports/idlib-2018-10-08?a=1&b=2',
          title: 'Satellite imagery, 8 October: artillery leaving NLF positions',
          accessedAt: '2018-10-10T08:00:00Z',
          note: 'Compare positions 3, 7 and "11"; see <script>alert(2)</script> in the caption.',
        }),
        evidence(id, {
          kind: 'passage',
          stance: 'context',
          title: '',
          passage: { documentId: fa.id, documentTitle: fa.title, quote: persianAppearanceQuote, start: null, end: null },
        }),
        evidence(id, {
          kind: 'file',
          stance: 'supporting',
          title: 'NLF press release (scan)',
          file: {
            id: fixtureId(),
            name: 'nlf-statement-2018-10-08.pdf',
            mediaType: 'application/pdf',
            size: 248_320,
            sha256: 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
          },
        }),
        evidence(id, {
          kind: 'url',
          stance: 'context',
          url: 'javascript:alert(document.cookie)',
          title: '<img src=x onerror=alert(1)>',
        }),
      ],
      history: (id) => [
        event(id, '2018-10-09T10:00:00Z', 'Leila Ahmadi', 'create'),
        event(id, '2018-10-09T10:05:00Z', 'Leila Ahmadi', 'update', 'status', 'unreviewed', 'in_progress'),
        event(
          id,
          '2018-10-09T11:00:00Z',
          'Leila Ahmadi',
          'update',
          'statement',
          '',
          'The NLF has not withdrawn any heavy weapons from the Idlib buffer zone.',
        ),
        event(id, '2018-10-10T09:00:00Z', 'Leila Ahmadi', 'create', null, null, 'Satellite imagery, 8 October', 'evidence'),
        event(id, '2018-10-10T09:30:00Z', 'Leila Ahmadi', 'update', 'rationale', '', 'Satellite images…'),
        event(id, '2018-10-10T10:00:00Z', 'Tom Brandt', 'update', 'status', 'in_progress', 'in_review'),
        event(id, '2018-10-10T12:00:00Z', 'Tom Brandt', 'update', 'rating', null, RATINGS.false.id),
        event(id, '2018-10-10T12:01:00Z', 'Tom Brandt', 'update', 'status', 'in_review', 'done'),
      ],
      appearances: (id) => [
        {
          id: fixtureId(),
          claimId: id,
          documentId: fa.id,
          documentTitle: fa.title,
          documentUrl: fa.url,
          publishedAt: fa.publishedAt,
          ...anchorIn(fa.text, persianAppearanceQuote),
          score: 0.82,
        },
        {
          id: fixtureId(),
          claimId: id,
          documentId: fixtureId(),
          documentTitle: 'Syrian rebels say heavy weapons stay in Idlib zone',
          documentUrl: 'https://wire.example/2018/10/07/syria-idlib-weapons',
          publishedAt: '2018-10-07T21:15:00Z',
          quote: 'we have not withdrawn a single heavy weapon',
          start: 120,
          end: 163,
          score: 0.95,
        },
      ],
      firstAppearance: () => null,
      createdAt: '2018-10-09T10:00:00Z',
      updatedAt: '2018-10-10T12:01:00Z',
    }),
    claim({
      document: en,
      quote: '-30% fewer fighters crossed the zone last week',
      statement: '-30% fewer fighters crossed the buffer zone last week, per "Arab sources", Fars says',
      claimant: 'Arab sources',
      status: 'in_review',
      rating: RATINGS.unverifiable,
      hops: hops([SOURCES.fars, 'citing'], [SOURCES.arab, 'citing']),
      chainFlag: 'unnamed',
      assignee: 'Omid <Karimi> & co',
      rationaleText:
        'No named source, no data.\nFars gave no figure for the previous week, so "30%" cannot be checked.\n\n=SUM(A1:A9) We asked the Turkish MoD; no reply by deadline.',
      evidence: (id) => [
        evidence(id, {
          kind: 'url',
          stance: 'context',
          url: 'https://www.farsnews.example/news/13970716000123',
          title: 'Fars report, 8 October',
        }),
      ],
      history: (id) => [
        event(id, '2018-10-09T10:20:00Z', 'Leila Ahmadi', 'create'),
        event(id, '2018-10-10T13:00:00Z', 'Leila Ahmadi', 'update', 'rating', null, RATINGS.unverifiable.id),
      ],
      createdAt: '2018-10-09T10:20:00Z',
      updatedAt: '2018-10-10T13:00:00Z',
    }),
    claim({
      document: en,
      quote: 'the withdrawal was "proceeding on schedule"',
      statement: 'Russian officials say the withdrawal of heavy weapons is proceeding on schedule.',
      claimant: 'Russian officials',
      status: 'done',
      rating: RATINGS.true,
      hops: hops([SOURCES.tass, 'paraphrase'], [SOURCES.officials, 'quote']),
      chainFlag: null,
      rationaleText: 'The Russian Defence Ministry statement of 9 October says exactly this.',
      createdAt: '2018-10-09T10:30:00Z',
      updatedAt: '2018-10-10T14:00:00Z',
    }),
    claim({
      document: en,
      quote: '<script>alert("pwned")</script> this is all lies & propaganda',
      statement: '',
      claimant: 'reader_77',
      status: 'unreviewed',
      rating: null,
      hops: [],
      chainFlag: 'unknown',
      createdAt: '2018-10-09T10:40:00Z',
      updatedAt: '2018-10-09T10:40:00Z',
    }),
    claim({
      document: en,
      quote: "=cmd|' /C calc'!A0 lol, who believes AFP anyway?",
      statement: '@AFP is not believed by readers, a commenter says',
      claimant: 'Dmitri K.',
      status: 'in_progress',
      rating: null,
      hops: [],
      chainFlag: 'unknown',
      createdAt: '2018-10-09T10:45:00Z',
      updatedAt: '2018-10-09T10:50:00Z',
    }),
    claim({
      document: en,
      quote: 'Turkish observers confirmed the withdrawal of heavy weapons',
      statement: 'Turkish observers confirmed that heavy weapons were withdrawn.',
      claimant: 'Turkish Ministry of National Defence',
      status: 'in_review',
      rating: RATINGS.mostly_true,
      hops: hops([SOURCES.mod, 'paraphrase']),
      chainFlag: null,
      orphan: { prefix: 'the zone last week, adding that ', suffix: ' from the southern sector on Sund' },
      rationaleText: 'Confirmed for the southern sector only.',
      createdAt: '2018-10-09T11:00:00Z',
      updatedAt: '2018-10-10T15:00:00Z',
    }),
    claim({
      document: fa,
      quote: 'شبه‌نظامیان سلاح‌های سنگین خود را از منطقه حائل خارج نکرده‌اند',
      statement: 'Militants have not removed heavy weapons from the buffer zone, Fars says, citing Arab sources.',
      claimant: 'منابع عربی',
      status: 'in_progress',
      rating: RATINGS.misleading,
      hops: hops([SOURCES.fars, 'citing'], [SOURCES.arabFa, 'citing']),
      chainFlag: 'unnamed',
      rationaleText: 'Fars attributes this to unnamed Arab sources and offers no evidence.',
      rationaleJson: RATIONALE_JSON,
      createdAt: '2018-10-09T12:00:00Z',
      updatedAt: '2018-10-10T16:00:00Z',
    }),
  ];

  return {
    id: 'b7a1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
    title: 'Idlib buffer zone: who said the weapons stayed?',
    scope: { kind: 'workbench', label: 'Idlib demilitarised zone, October 2018' },
    generatedAt: '2018-10-11T09:15:00Z',
    organization: {
      name: 'Northbridge Verification Desk',
      url: 'https://verify.northbridge.example/idlib-2018',
      reviewUrlPattern: 'https://verify.northbridge.example/checks/{claim}',
    },
    reviewer: 'Leila Ahmadi',
    scale: reportScale(Object.values(RATINGS)),
    documents: [en, fa],
    claims,
    sources: Object.values(SOURCES),
  };
}
