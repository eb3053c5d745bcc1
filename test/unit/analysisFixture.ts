// A small hand-made Analysis over a short news text, with spans found by their text, for tests of the extension's pure parts.
import type { Actor, Analysis, Claim, Entity, Mention, Quote, TextSpan } from '../../src/analysis/types';

export const FIXTURE_TEXT = [
  ' date 2023-03-17 Kremlin spokesman Dmitry Peskov said Putin would travel on Monday.',
  '',
  '"We will see what ideas emerge," Peskov told reporters. Vladimir Putin declined to comment.',
  '',
  'China declared it was neutral, according to the Kremlin.',
].join('\n');

/** The span of the `occurrence`-th (0-based) appearance of `text` in the fixture. */
export function spanOf(text: string, occurrence = 0): TextSpan {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = FIXTURE_TEXT.indexOf(text, start + 1);
    if (start < 0) throw new Error(`"${text}" #${occurrence} is not in the fixture`);
  }
  const line = FIXTURE_TEXT.slice(0, start).split('\n').length;
  return { start, end: start + text.length, line, text };
}

function mention(text: string, kind: Mention['kind'] = 'name', occurrence = 0): Mention {
  return { ...spanOf(text, occurrence), kind };
}

export function buildFixture(): Analysis {
  const peskov: Actor = {
    id: 'dmitry-peskov',
    name: 'Dmitry Peskov',
    type: 'PERSON',
    aliases: ['Peskov'],
    roles: ['Kremlin spokesman'],
    mentions: [mention('Dmitry Peskov'), mention('Peskov', 'name', 1)],
    claimIds: ['c1', 'c2'],
  };
  const putin: Actor = {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    type: 'PERSON',
    aliases: ['Putin'],
    roles: [],
    // The surname comes first in the text: the definition is still the later full name.
    mentions: [mention('Putin'), mention('Vladimir Putin')],
    claimIds: [],
  };
  const china: Actor = { id: 'china', name: 'China', type: 'PLACE', aliases: [], roles: [], mentions: [mention('China')], claimIds: ['c3'] };
  const kremlin: Actor = {
    id: 'kremlin',
    name: 'Kremlin',
    type: 'ORG',
    aliases: [],
    roles: [],
    mentions: [mention('Kremlin'), mention('Kremlin', 'name', 1)],
    claimIds: [],
  };
  const claims: Claim[] = [
    {
      ...spanOf('Putin would travel on Monday'),
      id: 'c1',
      speakerId: 'dmitry-peskov',
      speaker: 'Dmitry Peskov',
      cue: 'said',
      cueSpan: spanOf('said'),
      speakerSpan: spanOf('Dmitry Peskov'),
      kind: 'indirect',
      evidence: { ...spanOf('Dmitry Peskov'), kind: 'name' },
      confidence: 0.74,
    },
    {
      ...spanOf('We will see what ideas emerge,'),
      id: 'c2',
      speakerId: 'dmitry-peskov',
      speaker: 'Dmitry Peskov',
      cue: 'told',
      cueSpan: spanOf('told'),
      speakerSpan: spanOf('Peskov', 1),
      kind: 'direct',
      evidence: { ...spanOf('Peskov', 1), kind: 'name' },
      confidence: 0.88,
    },
    {
      ...spanOf('it was neutral'),
      id: 'c3',
      speakerId: 'china',
      speaker: 'China',
      cue: 'declared',
      cueSpan: spanOf('declared'),
      speakerSpan: spanOf('China'),
      kind: 'indirect',
      evidence: { ...spanOf('China'), kind: 'name' },
      confidence: 0.74,
    },
  ];
  const quotes: Quote[] = [{ ...spanOf('"We will see what ideas emerge,"'), marked: true, open: '"', close: '"', claimId: 'c2' }];
  const entities: Entity[] = [
    { ...spanOf('Kremlin'), type: 'ORG', actorId: 'kremlin' },
    { ...spanOf('Dmitry Peskov'), type: 'PERSON', actorId: 'dmitry-peskov', role: 'Kremlin spokesman' },
    { ...spanOf('Putin'), type: 'PERSON', actorId: 'vladimir-putin' },
    { ...spanOf('Monday'), type: 'DATE', value: '2023-03-20' },
    { ...spanOf('Peskov', 1), type: 'PERSON', actorId: 'dmitry-peskov' },
    { ...spanOf('Vladimir Putin'), type: 'PERSON', actorId: 'vladimir-putin' },
    { ...spanOf('China'), type: 'PLACE', actorId: 'china' },
    { ...spanOf('Kremlin', 1), type: 'ORG', actorId: 'kremlin' },
  ];
  return {
    schema: 1,
    document: 'fixture.txt',
    documentDate: '2023-03-17',
    documentDateSource: 'header',
    entities,
    actors: [peskov, putin, china, kremlin],
    quotes,
    claims,
    sentences: [],
    stats: { characters: FIXTURE_TEXT.length, lines: 5, paragraphs: 3, sentences: 4, tokens: 40, elapsedMs: 1 },
    warnings: [],
  };
}
