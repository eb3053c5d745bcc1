// Common nouns and modifiers of speaker phrases ("a senior Kremlin official", "the ministry", "officials"), by kind.

/** Modifiers that may stand before a common-noun speaker ("a senior official", "two police officers"). */
export const SPEAKER_MODIFIERS: readonly string[] = [
  'one', 'two', 'three', 'some', 'many', 'several', 'other', 'another', 'senior', 'top', 'local', 'foreign', 'western', 'military',
  'government', 'police', 'security', 'health', 'state', 'party', 'company', 'u.s.', 'unnamed', 'anonymous', 'former', 'chief',
  'press',
];

/** Role nouns that, besides articles and possessives, open an apposition describing a speaker (", chief of …,"). */
export const SPEAKER_APPOSITION_OPENERS: readonly string[] = [
  'which', 'one', 'chief', 'head', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'president', 'minister',
  'secretary', 'chairman', 'ceo', 'founder',
];

/** Generic speakers written as common nouns ("officials said", "the ministry said"). */
export const GENERIC_SPEAKERS = [
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'ministry', 'government', 'statement', 'report',
  'police', 'authorities', 'analysts', 'experts', 'critics', 'residents', 'witnesses', 'sources', 'diplomats', 'observers',
  'company', 'agency', 'department', 'military', 'army', 'president', 'leader', 'prime minister', 'embassy', 'court', 'judge',
  'prosecutors', 'prosecutor', 'lawyers', 'lawyer', 'doctors', 'scientists', 'researchers', 'organizers', 'organisers',
  'activists', 'campaigners', 'letter', 'document', 'survey', 'study', 'group', 'council', 'committee', 'office', 'board',
  'union', 'party', 'campaign', 'opposition', 'rebels', 'militants', 'protesters', 'demonstrators', 'investigators', 'aide',
  'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'source', 'chief', 'director', 'mayor', 'governor',
  'ambassador', 'envoy', 'secretary', 'chairman', 'chairwoman', 'spokespeople', 'regulator', 'regulators', 'firm', 'bank',
  'website', 'newspaper', 'broadcaster', 'channel', 'administration', 'palace', 'association', 'federation',
  'league', 'club', 'team', 'side', 'institute', 'foundation', 'society', 'commission', 'journal', 'editors', 'editor',
  'operator', 'dealer', 'collector', 'owner', 'lawmaker', 'lawmakers', 'researcher', 'economist',
  'analyst', 'coach', 'manager', 'captain', 'player', 'witness', 'victim', 'resident', 'mother', 'father',
  'regime', 'junta', 'cabinet', 'parliament', 'tribunal', 'prosecution', 'defence', 'defense', 'airline', 'carrier',
];

/** Titles and nouns of a country's leader ("the Russian leader" is whoever holds one of these titles). */
export const LEADER_NOUNS: readonly string[] = ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'leader'];

/**
 * Title abbreviations and role words that name the same role as the word a description uses ("Sen. Doe" is "the
 * senator", "Rep. Doe" "the congressman"), by written word.
 */
export const ROLE_WORD_VARIANTS: Readonly<Record<string, string>> = {
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', sen: 'senator', rep: 'representative', congressman: 'representative',
  congresswoman: 'representative', gov: 'governor', gen: 'general', lt: 'lieutenant', col: 'colonel', capt: 'captain',
  sgt: 'sergeant', adm: 'admiral', cmdr: 'commander', prof: 'professor', supt: 'superintendent', atty: 'attorney',
  amb: 'ambassador', chairwoman: 'chairman', chairperson: 'chairman', chair: 'chairman',
};

/** Plural nouns for an unnamed group that speaks as one ("officials said", "witnesses told"). */
export const GROUP_SPEAKERS: readonly string[] = [
  'officials', 'police', 'analysts', 'critics', 'experts', 'residents', 'witnesses', 'sources', 'diplomats', 'authorities', 'rebels',
  'militants', 'protesters', 'demonstrators', 'investigators', 'prosecutors', 'doctors', 'researchers', 'scientists', 'observers',
  'activists', 'campaigners', 'lawyers', 'aides', 'advisers', 'advisors', 'organizers', 'organisers', 'regulators', 'spokespeople',
];

/** Documents that speak for whoever issued them ("the statement said", "the report found"). */
export const DOCUMENT_SPEAKERS: readonly string[] = [
  'statement', 'report', 'letter', 'document', 'survey', 'study', 'memo', 'filing', 'release', 'communique',
];

/**
 * Kinds of organization that, as a speaker ("the company said"), stand for the organization last written
 * about when none is named by the noun itself.
 */
export const STAND_IN_ORG_NOUNS: readonly string[] = [
  'company', 'firm', 'group', 'operator', 'agency', 'organization', 'organisation', 'carrier', 'maker', 'bank', 'party', 'union',
  'club', 'team', 'association', 'federation', 'league', 'airline',
];

/** Other kinds of organization that, as a speaker ("the ministry said"), stand for one named with that noun. */
export const NAMED_ORG_NOUNS: readonly string[] = [
  'institute', 'foundation', 'society', 'commission', 'journal', 'prosecution', 'regime', 'junta', 'cabinet', 'parliament', 'tribunal',
  'ministry', 'department', 'government', 'council', 'committee', 'office', 'court', 'board', 'military', 'army', 'embassy',
  'administration', 'campaign', 'opposition', 'website', 'newspaper', 'broadcaster', 'channel', 'palace',
];

/** Lower-case words that may join the capitalised words of a transcript label ("The Minister of State (Ms Doe):"). */
export const LABEL_JOINING_WORDS: readonly string[] = ['of', 'for', 'the', 'and', 'on', 'de', 'van', 'von', 'da', 'del', 'la', 'le'];

/**
 * The plainest reporting cues, which report speech and nothing else ("said", "told", "according to"): a claim they
 * mark is more often right than one marked by a verb of stance or writing ("proposed", "described", "wrote").
 */
export const PLAIN_SPEECH_CUES: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'explained', 'explains', 'noted', 'notes', 'claims', 'claimed',
  'according to', 'added', 'adds',
];
