// Capitalised words and compounds that look like names but are not actors: events, units, diseases, compound adjectives.

/** Words that open the name of a storm or other event, not of a person ("Hurricane Katrina"). */
export const EVENT_PREFIXES = `hurricane hurricanes typhoon typhoons cyclone cyclones storm storms tropical operation`;

/** Last words of event, prize and document names ("World War II", "Nobel Peace Prize", "Paris Accord"). */
export const EVENT_HEADS: readonly string[] = [
  'war', 'wars', 'prize', 'prizes', 'award', 'awards', 'championship', 'championships', 'open', 'cup', 'games', 'olympics',
  'festival', 'revolution', 'crisis', 'accord', 'accords', 'treaty', 'act', 'code', 'tournament', 'series', 'show', 'idol',
  'holocaust', 'intifada', 'expo', 'biennale', 'grand prix', 'derby', 'marathon', 'world cup', 'trophy', 'medal',
];

/** Capitalised words that are units, scales, networks or diseases ("Celsius", "Richter", "Ebola"). */
export const NOT_NAMES: readonly string[] = [
  'celsius', 'fahrenheit', 'richter', 'kelvin', 'internet', 'web', 'ebola', 'aids', 'hiv', 'sars', 'covid', 'covid-19', 'h5n1',
  'h1n1', 'mers', 'zika',
];

/** Second halves of hyphenated adjectives built on names ("NATO-led", "Kabul-based", "al-Qaida-linked"). */
export const COMPOUND_SUFFIXES: readonly string[] = [
  'led', 'based', 'linked', 'backed', 'born', 'owned', 'run', 'style', 'era', 'made', 'controlled', 'dominated', 'allied', 'funded',
  'sponsored', 'bound', 'affiliated', 'inspired', 'brokered', 'held', 'occupied', 'administered', 'registered', 'listed', 'flagged',
  'built', 'trained', 'armed', 'friendly', 'wide', 'related', 'specific', 'centric', 'oriented', 'focused', 'educated', 'like', 'type',
];

/** Combining forms of nationalities in compounds that are no names ("Franco-German", "Sino-Soviet", "pan-Arab"). */
export const COMPOUND_PREFIXES: readonly string[] = [
  'franco', 'anglo', 'sino', 'russo', 'indo', 'afro', 'euro', 'austro', 'greco', 'italo', 'german', 'soviet', 'pan', 'ibero',
  'latino',
];
