// English attribution vocabulary. Kept as data so that recall problems are fixed by adding a
// word, not by adding a rule.

/** Verbs whose bare use ("an accusation Moscow denied") carries no claim of its own; they count
 * only with a that-clause or a quotation. */
export const RESPONSE_VERBS = new Set([
  'denied', 'denies', 'confirmed', 'confirms', 'acknowledged', 'acknowledges', 'admitted',
  'admits', 'commented', 'informed', 'briefed', 'assured', 'mentioned', 'indicated', 'posted',
]);

/** "X quoted/cited Y (as saying)": Y is the next hop. */
export const RELAY_VERBS = new Set(['quoted', 'cited', 'quotes', 'cites']);

/** Phrases introducing the outlet that carried a statement made by someone else. */
export const OUTLET_INTRODUCERS: readonly (readonly string[])[] = [
  ['carried', 'by'], ['published', 'by'], ['quoted', 'by'], ['cited', 'by'], ['reported', 'by'],
  ['broadcast', 'by'], ['aired', 'by'], ['interview', 'with'], ['interview', 'to'],
  ['comments', 'to'], ['remarks', 'to'], ['statement', 'to'], ['speaking', 'to'],
  ['speaking', 'with'], ['talking', 'to'], ['writing', 'in'], ['wrote', 'in'], ['op-ed', 'in'],
  ['article', 'in'], ['column', 'in'], ['editorial', 'in'], ['interview', 'on'],
  ['appearance', 'on'], ['speaking', 'on'], ['saying', 'by'], ['spoke', 'to'], ['spoke', 'with'],
  ['spoken', 'to'], ['talked', 'to'], ['talked', 'with'], ['said', 'on'], ['says', 'on'],
  ['appeared', 'on'], ['told'], ['tells'], ['episode', 'of'], ['edition', 'of'], ['question', 'from'],
  ['questions', 'from'], ['essay', 'for'], ['op-ed', 'for'], ['column', 'for'], ['article', 'for'],
  ['piece', 'for'], ['writes', 'in'], ['write', 'in'],
];

/** Nouns naming people who speak for someone. */
export const PERSON_ROLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'minister', 'official',
  'officials', 'officer', 'officers', 'commander', 'commanders', 'chief', 'head', 'leader',
  'leaders', 'director', 'president', 'adviser', 'advisor', 'aide', 'aides', 'envoy',
  'ambassador', 'diplomat', 'diplomats', 'analyst', 'analysts', 'expert', 'experts', 'source',
  'sources', 'representative', 'representatives', 'secretary', 'deputy', 'governor', 'gov.',
  'mayor', 'co-mayor', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'mp', 'mps',
  'member', 'members', 'negotiator', 'activist', 'activists', 'witness', 'witnesses',
  'resident', 'residents', 'correspondent', 'reporter', 'journalist', 'editor', 'researcher',
  'observer', 'observers', 'insider', 'insiders', 'general', 'colonel', 'major', 'captain',
  'premier', 'chairman', 'chairwoman', 'chair', 'founder', 'columnist', 'ministers',
  'general-major', 'sergeant', 'lieutenant', 'admiral', 'people', 'person', 'man', 'woman',
  'fighter', 'fighters', 'militant', 'militants', 'employee', 'employees', 'worker', 'workers',
  'attorney', 'attorneys', 'lawyer', 'lawyers', 'judge', 'judges', 'senator', 'senators',
  'congressman', 'congresswoman', 'prosecutor', 'prosecutors', 'investigator', 'investigators',
  'sheriff', 'detective', 'agent', 'agents', 'doctor', 'doctors', 'professor', 'scientist',
  'scientists', 'teacher', 'teachers', 'parent', 'parents', 'mother', 'father', 'wife',
  'husband', 'daughter', 'son', 'brother', 'sister', 'cousin', 'relative', 'relatives',
  'neighbor', 'neighbour', 'friend', 'commentator', 'pundit', 'strategist', 'candidate',
  'student', 'students', 'victim', 'victims', 'owner', 'manager', 'executive', 'ceo',
  'pastor', 'priest', 'cardinal', 'bishop', 'imam', 'rabbi', 'counsel', 'councilman',
  'councilwoman', 'superintendent', 'principal', 'stepmother', 'widow',
]);

/** Heads of noun phrases that leave the speaker anonymous when there is no name. */
export const UNNAMED_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'diplomat', 'diplomats', 'insider', 'insiders',
  'witness', 'witnesses', 'eyewitness', 'eyewitnesses', 'resident', 'residents', 'activist',
  'activists', 'expert', 'experts', 'analyst', 'analysts', 'observer', 'observers', 'people',
  'person', 'report', 'reports',
  'media', 'outlets', 'outlet', 'officer', 'officers', 'commander', 'commanders', 'member',
  'members', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'employee', 'employees',
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'representatives', 'aide',
  'aides', 'fighter', 'fighters', 'militant', 'militants', 'worker', 'workers', 'man', 'woman',
  'images', 'documents', 'data', 'figures',
]);

/** Unnamed heads that speak officially for an institution named in the phrase, so the
 * institution is the source ("a spokesperson for the Pentagon"), unlike "a Pentagon official". */
export const OFFICIAL_VOICE_HEADS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'press', 'service',
]);

/** Institutions that can speak: "the Syrian army said", "Ukraine's navy said". */
export const INSTITUTION_HEADS = new Set([
  'ministry', 'army', 'military', 'navy', 'police', 'government', 'intelligence', 'forces',
  'office', 'service', 'department', 'council', 'committee', 'command', 'coalition', 'front',
  'group', 'movement', 'party', 'alliance', 'observatory', 'monitor', 'agency', 'administration',
  'authority', 'authorities', 'presidency', 'parliament', 'court', 'prosecutor', 'embassy',
  'mission', 'fleet', 'headquarters', 'cabinet', 'organization', 'organisation', 'commission',
  'newspaper', 'daily', 'broadcaster', 'channel', 'website', 'outlet', 'station', 'network',
  'kremlin', 'pentagon', 'white', 'house',
]);

/** Nouns after a media outlet's name that still make the outlet the speaker ("Sputnik's
 * correspondent reported", "a Reuters report said", "Russia's Interfax news agency cited"). */
export const MEDIA_ROLE_NOUNS = new Set([
  'news', 'agency', 'newspaper', 'daily', 'paper', 'tv', 'television', 'channel', 'broadcaster',
  'network', 'station', 'outlet', 'website', 'site', 'portal', 'report', 'reports', 'article', 'story',
  'correspondent', 'correspondents', 'reporter', 'reporters', 'journalist', 'journalists',
  'bureau', 'service', 'edition', 'editor', 'editorial', 'investigation', 'analysis', 'team',
  'statement', 'press', 'office', 'spokesman', 'spokeswoman', 'spokesperson', 'page', 'account',
  'calculations', 'data', 'tally', 'count', 'reporting', 'sources', 'publication', 'magazine',
  'tabloid', 'wire',
]);

/** Institution anaphora: "the agency", "the newspaper", mapped to the registry kinds they can
 * refer back to. */
export const INSTITUTION_ANAPHORA: Record<string, readonly string[]> = {
  agency: ['wire_agency', 'state_media'],
  'news agency': ['wire_agency', 'state_media'],
  newspaper: ['newspaper'],
  daily: ['newspaper'],
  paper: ['newspaper'],
  broadcaster: ['broadcaster', 'state_media'],
  channel: ['broadcaster', 'state_media'],
  network: ['broadcaster'],
  station: ['broadcaster'],
  outlet: ['wire_agency', 'state_media', 'newspaper', 'broadcaster', 'website'],
  publication: ['newspaper', 'website', 'state_media', 'wire_agency'],
  magazine: ['newspaper', 'website'],
  tabloid: ['newspaper', 'website'],
  service: ['wire_agency', 'state_media'],
  website: ['website', 'newspaper', 'state_media'],
  site: ['website'],
  monitor: ['website'],
  observatory: ['website'],
  ministry: ['official'],
  department: ['official'],
  military: ['official'],
  army: ['official'],
};

/** Modifiers allowed inside a speaker's noun phrase. */
export const NP_MODIFIERS = new Set([
  'senior', 'top', 'former', 'deputy', 'chief', 'media', 'press', 'military', 'security',
  'foreign', 'defence', 'defense', 'intelligence', 'local', 'regional', 'government',
  'opposition', 'rebel', 'high-ranking', 'high-level', 'informed', 'unnamed', 'anonymous',
  'diplomatic', 'western', 'political', 'field', 'army', 'police', 'health', 'medical',
  'civil', 'humanitarian', 'official', 'state', 'state-run', 'state-owned', 'pro-government',
  'pro-kremlin', 'independent', 'investigative', 'air', 'force', 'naval', 'navy', 'border',
  'emergency', 'municipal', 'provincial', 'district', 'city', 'national', 'international',
  'arabic-language', 'english-language', 'turkish-language', 'persian-language', 'news',
  'agency', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'various',
  'multiple', 'similar', 'earlier', 'local', 'palestinian', 'israeli', 'diplomat', 'party',
  'parliamentary', 'parliament', 'committee', 'council', 'ministry', 'foreign-ministry',
  'interior', 'justice', 'economy', 'energy', 'finance', 'presidential', 'kremlin',
  'government-run', 'oil', 'ruling', 'prime', 'vice', 'acting', 'interim', 'retired',
  'group', 'militant', 'rebels', 'terrorist', 'insurgent', 'tribal', 'religious', 'elder',
  'community', 'hospital', 'rescue', 'camp', 'aid', 'relief', 'nuclear', 'national-security',
]);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'that', 'those',
  'both', 'another',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);

/** Lowercase particles inside transliterated names ("Sayf al-Raad", "Nour al-Din al-Zinki"). */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'ad', 'ash', 'as', 'at', 'ar', 'az', 'an', 'bin', 'ibn', 'bint', 'abu', 'abd',
  'de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'ben', 'ul',
  'ud', 'bint', 'dos', 'das', 'y',
]);

/** Prepositions that may sit inside a speaker phrase: "Observatory for Human Rights",
 * "correspondent in Damascus", "spokesperson for the Pentagon". */
export const NP_PREPOSITIONS = new Set(['of', 'for', 'in', 'at', 'from', 'with', 'on', 'to']);

/** Capitalised words that are not names: sentence openers, time words. */
export const CAPITALIZED_STOPWORDS = new Set([
  'the', 'a', 'an', 'on', 'in', 'at', 'but', 'and', 'or', 'however', 'meanwhile', 'earlier',
  'later', 'also', 'moreover', 'yesterday', 'today', 'tonight', 'this', 'that', 'these',
  'those', 'it', 'he', 'she', 'they', 'we', 'i', 'there', 'here', 'then', 'while', 'when',
  'after', 'before', 'as', 'if', 'since', 'although', 'though', 'despite', 'under', 'over',
  'even', 'still', 'yet', 'now', 'so', 'thus', 'hence', 'previously', 'separately',
  'elsewhere', 'additionally', 'furthermore', 'according', 'citing', 'quoting', 'speaking',
  'writing', 'asked', 'why', 'what', 'who', 'which', 'how', 'where', 'not', 'no', 'yes',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'with', 'for', 'from', 'by', 'of', 'to', 'last', 'next', 'during',
  'some', 'many', 'several', 'both', 'all', 'any', 'each', 'every', 'other', 'another',
  'similar', 'pro-government', 'pro-kremlin', 'state-run', 'state-owned', 'are', 'is', 'was',
  'were', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'should',
  'you', 'your', 'my', 'our', 'his', 'her', 'their', 'its', 'then', 'well', 'oh', 'lol', 'gee',
]);

/** Demonyms: capitalised but not names ("Arab sources", "Turkish officials"). */
export const DEMONYMS = new Set([
  'arab', 'arabic', 'western', 'eastern', 'turkish', 'syrian', 'russian', 'iranian', 'israeli',
  'american', 'us', 'u.s.', 'u.s', 'uk', 'british', 'french', 'german', 'european', 'kurdish',
  'iraqi', 'ukrainian', 'chinese', 'japanese', 'korean', 'north', 'south', 'lebanese',
  'jordanian', 'saudi', 'qatari', 'emirati', 'egyptian', 'palestinian', 'yemeni', 'libyan',
  'afghan', 'pakistani', 'indian', 'italian', 'spanish', 'polish', 'belarusian', 'georgian',
  'armenian', 'azerbaijani', 'azeri', 'persian', 'gulf', 'nato', 'eu', 'un', 'u.n.', 'u.n',
  'un-backed', 'us-backed', 'us-led', 'russian-backed', 'turkish-backed', 'iran-backed',
  'moscow-backed', 'ankara-backed', 'kremlin-backed', 'sunni', 'shiite', 'shia', 'alawite',
  'christian', 'muslim', 'islamic', 'jewish', 'druze', 'bedouin', 'peshmerga', 'allied',
  'coalition', 'opposition', 'government', 'federal', 'state', 'senior', 'top', 'former',
]);

/** Day names: a time adverbial, never part of a speaker's name ("Late on Friday Trump's lawyer"). */
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

export const WEEKDAYS_AND_MONTHS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.',
]);

/** Nouns of time-of-day and period phrases ("last week", "on Thursday night"). */
export const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'afternoon']);

/** Words between a speaker and its verb that do not belong to either ("has previously warned",
 * "also reported", "on Sunday said"). */
export const ADVERBIAL_SKIP = new Set([
  'also', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'previously', 'publicly', 'later',
  'long', 'widely', 'consistently', 'frequently', 'often', 'always',
  'earlier', 'reportedly', 'then', 'further', 'recently', 'repeatedly', 'once', 'again',
  'allegedly', 'separately', 'first', 'initially', 'officially', 'openly', 'explicitly',
  'directly', 'yesterday', 'today', 'tonight', 'already', 'subsequently', 'both', 'all',
  'himself', 'herself', 'itself', 'themselves', 'only', 'just', 'privately', 'formally',
  'quickly', 'immediately', 'late', 'early', 'last', 'overnight', 'apparently', 'had',
  'would', 'will', 'may', 'might', 'could', 'did', 'does', 'do', 'not', 'never', 'since',
  'similarly', 'likewise', 'too', 'now', 'still',
]);

/** Nouns that end a "told X" phrase without naming an outlet. */
export const NON_OUTLET_RECIPIENTS = new Set([
  'reporters', 'journalists', 'lawmakers', 'parliament', 'legislators', 'students', 'crowd',
  'supporters', 'conference', 'briefing', 'audience', 'diplomats', 'officials', 'us', 'me',
  'him', 'her', 'them', 'television', 'media', 'press',
]);

/** A document and when or where it came out: "a statement released after a cabinet meeting". */
export const DOCUMENT_PARTICIPLES = new Set(['released', 'issued', 'published', 'posted', 'sent', 'signed', 'filed', 'dated', 'obtained', 'reviewed']);

/** Post-modifiers that may follow a speaker's name before the verb ("Enab Baladi affiliated to
 * militants quoted …"). */
export const POSTMODIFIER_PARTICIPLES = new Set([
  'affiliated', 'linked', 'close', 'loyal', 'allied', 'tied', 'connected', 'owned', 'run',
  'funded', 'backed', 'based', 'sympathetic', 'aligned', 'associated', 'controlled', 'familiar',
  'knowledgeable', 'involved',
  ...DOCUMENT_PARTICIPLES,
]);

/** Words after a participle that make it a post-modifier ("affiliated to", "released after"). */
export const POSTMODIFIER_PREPOSITIONS = new Set(['to', 'with', 'by', 'in', 'after', 'at', 'from', 'late', 'earlier', 'last']);

/** Conjunctions trimmed from the end of a claim when the next attribution starts there. */
export const TRAILING_CONJUNCTIONS = new Set([
  'while', 'and', 'but', 'whereas', 'as', 'although', 'though', 'with', 'amid',
]);

/** Words that start an adverbial or parenthetical segment rather than a speaker. */
export const ADVERBIAL_OPENERS = new Set([
  'on', 'in', 'at', 'late', 'early', 'earlier', 'later', 'last', 'this', 'meanwhile',
  'however', 'separately', 'elsewhere', 'yesterday', 'today', 'tonight', 'overnight', 'also',
  'moreover', 'furthermore', 'then', 'after', 'before', 'during', 'since', 'from', 'by',
  'for', 'with', 'speaking', 'writing', 'asked', 'responding', 'according', 'citing',
  'quoting', 'amid', 'despite', 'following', 'under', 'over', 'as', 'when', 'while',
  'previously', 'ultimately', 'finally', 'instead', 'still', 'now', 'so', 'but', 'and', 'yet',
]);

/** Openers of a parenthetical between a subject and its verb ("Bellingcat, the investigative
 * group, said"; "X, speaking on condition of anonymity, told"). */
export const PARENTHETICAL_OPENERS = new Set([
  'a', 'an', 'the', 'who', 'which', 'whose', 'citing', 'quoting', 'quoted', 'cited', 'speaking',
  'according', 'in', 'for', 'one', 'also', 'reportedly', 'himself', 'herself', 'itself',
  'apparently', 'however', 'meanwhile', 'like', 'as', 'writing', 'talking', 'referring',
  'responding', 'asked', 'on', 'at', 'after', 'before', 'during', 'then', 'too', 'known',
  'commenting', 'his', 'her', 'its', 'their', 'an', 'often', 'once', 'still', 'now',
]);

/**
 * Common nouns that can head a speaker that is neither named nor in the lists above: documents and
 * records that state things ("the indictment says"), bodies and collectives ("authorities",
 * "relatives"). Together with agent nouns recognised by their ending (see isSpeakerNoun), they
 * keep "the symptoms indicate" or "new measures show" from being read as attributions.
 */
export const SPEAKING_NOUNS = new Set([
  'statement', 'report', 'complaint', 'indictment', 'alert', 'notification', 'release', 'letter',
  'study', 'survey', 'poll', 'memo', 'memorandum', 'email', 'e-mail', 'document', 'record',
  'paper', 'filing', 'ruling', 'lawsuit', 'suit', 'order', 'analysis', 'review', 'audit',
  'assessment', 'investigation', 'inquiry', 'probe', 'finding', 'data', 'figure', 'estimate',
  'video', 'footage', 'photo', 'image', 'post', 'tweet', 'message', 'note', 'notice', 'advisory',
  'bulletin', 'transcript', 'testimony', 'affidavit', 'motion', 'petition', 'resolution', 'bill',
  'law', 'guideline', 'policy', 'endorsement', 'website', 'page', 'account', 'book', 'textbook',
  'article', 'story', 'editorial', 'column', 'essay', 'interview', 'briefing', 'cable', 'dossier',
  'warrant', 'court', 'jury', 'panel', 'board', 'police', 'authority', 'family', 'relative',
  'associate', 'friend', 'neighbor', 'neighbour', 'colleague', 'critic', 'opponent', 'protester',
  'people', 'scientist', 'doctor', 'victim', 'parent', 'student', 'teacher', 'staff', 'crew',
  'team', 'campaign', 'group', 'organization', 'organisation', 'agency', 'company', 'firm',
  'administration', 'government', 'ministry', 'department', 'office', 'embassy', 'consulate',
  'military', 'army', 'official', 'source', 'witness', 'expert', 'judge', 'mayor', 'senator',
  'congressman', 'congresswoman', 'lawmaker', 'candidate', 'chief', 'head', 'spokesman',
  'spokeswoman', 'spokesperson', 'wife', 'husband', 'mother', 'father', 'son', 'daughter',
  'brother', 'sister', 'man', 'woman', 'boy', 'girl', 'child', 'citizen', 'immigrant', 'user',
  'guideline', 'manual', 'handbook', 'assignment', 'worksheet',
]);

/** Nouns for what a source issues: "J Street's statement read", "WHO estimates". */
export const DOCUMENT_NOUNS = new Set([
  'statement', 'report', 'release', 'letter', 'study', 'survey', 'poll', 'memo', 'email',
  'estimate', 'figure', 'data', 'analysis', 'readout', 'communique', 'announcement', 'tweet',
  'post', 'notice', 'alert', 'advisory', 'bulletin', 'filing', 'complaint', 'lawsuit', 'website',
  'account', 'spokesman', 'spokeswoman', 'spokesperson',
]);
