// Proves the JSON, JSON Lines, CSV and Markdown exports keep what matters and that hostile document text stays inert in each.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import * as fc from 'fast-check';
import { CSV_COLUMNS, CSV_TABLE_COLUMNS, documentPieces, endOfOutput, formatAnalyses, isExportFormat, jsonPieces, safeJsonStringify, toCsv, toJson, toJsonLines, toMarkdown } from '../../src/export';
import { stripControlCharacters } from '../../src/presentation/escape';
import { buildHostileAnalysis, HOSTILE_PAYLOADS, HOSTILE_ROOT } from '../hostile/hostileAnalysis';

const REPO_ROOT = path.resolve(HOSTILE_ROOT, '..', '..');

/** Raw characters that act on a terminal or reorder what a reader sees. */
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A small, ordinary analysis: one speaker with a claim, one silent actor, an unattributed quote, two dates. */
function plainAnalysis(): Analysis {
  const source = ' date 2023-03-17 Kremlin spokesman Dmitry Peskov said Putin would travel on Monday.\n\n"We will see," a voice said last week.';
  const span = (text: string, from = 0) => {
    const start = source.indexOf(text, from);
    assert.ok(start >= 0, text);
    return { start, end: start + text.length, line: source.slice(0, start).split('\n').length, text };
  };
  const peskov = span('Dmitry Peskov');
  const putin = span('Putin');
  const claim = span('Putin would travel on Monday');
  const cue = span('said');
  const quote = span('We will see,');
  return {
    schema: 1,
    document: 'articles/peskov.txt',
    documentDate: '2023-03-17',
    documentDateSource: 'header',
    entities: [
      { ...peskov, type: 'PERSON', actorId: 'dmitry-peskov', role: 'Kremlin spokesman' },
      { ...putin, type: 'PERSON', actorId: 'vladimir-putin' },
      { ...span('Monday'), type: 'DATE', value: '2023-03-20' },
      { ...span('last week'), type: 'DATE', value: '2023-W10' },
    ],
    actors: [
      {
        id: 'dmitry-peskov',
        name: 'Dmitry Peskov',
        type: 'PERSON',
        aliases: ['Peskov'],
        roles: ['Kremlin spokesman'],
        mentions: [{ ...peskov, kind: 'name' }],
        claimIds: ['c1'],
      },
      { id: 'vladimir-putin', name: 'Putin', type: 'PERSON', aliases: [], roles: [], mentions: [{ ...putin, kind: 'name' }], claimIds: [] },
    ],
    quotes: [{ ...quote, marked: true, open: '"', close: '"' }],
    claims: [
      {
        ...claim,
        id: 'c1',
        speakerId: 'dmitry-peskov',
        speaker: 'Dmitry Peskov',
        cue: 'said',
        cueSpan: cue,
        speakerSpan: peskov,
        kind: 'indirect',
        evidence: { ...peskov, kind: 'name' },
        confidence: 0.74,
      },
    ],
    sentences: [],
    stats: { characters: source.length, lines: 3, paragraphs: 2, sentences: 2, tokens: 20, elapsedMs: 1 },
    warnings: [],
  };
}

/** A strict RFC 4180 reader: the test's own, so the export is checked against the standard, not against itself. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  let quoted = false;
  while (index < csv.length) {
    const character = csv[index];
    if (quoted) {
      if (character === '"' && csv[index + 1] === '"') {
        cell += '"';
        index += 2;
        continue;
      }
      if (character === '"') {
        quoted = false;
        index += 1;
        assert.ok(index === csv.length || csv[index] === ',' || csv.startsWith('\r\n', index), `text after a closing quote at ${index}`);
        continue;
      }
      cell += character;
      index += 1;
      continue;
    }
    if (character === '"') {
      assert.strictEqual(cell, '', `a quote inside an unquoted cell at ${index}`);
      quoted = true;
      index += 1;
    } else if (character === ',') {
      row.push(cell);
      cell = '';
      index += 1;
    } else if (csv.startsWith('\r\n', index)) {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 2;
    } else {
      assert.ok(character !== '\r' && character !== '\n', `a bare line break in an unquoted cell at ${index}`);
      cell += character;
      index += 1;
    }
  }
  assert.ok(!quoted, 'unterminated quoted cell');
  assert.deepStrictEqual(row, [], 'the last record must end with CRLF');
  assert.strictEqual(cell, '');
  return rows;
}

const markdownIt = new MarkdownIt({ html: true, linkify: true });

function renderBoth(markdown: string): string[] {
  return [marked.parse(markdown, { async: false, gfm: true }), markdownIt.render(markdown)];
}

/** Every element a report may produce; anything else (a, img, script, iframe, code, em, h4…) means document text became markup. */
const REPORT_TAGS = new Set(['p', 'br', 'h1', 'h2', 'h3', 'ul', 'li', 'blockquote', 'strong', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

function tagsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1].toLowerCase()));
}

describe('JSON export', () => {
  it('prints one analysis as an object and several as an array, equal to the input when parsed', () => {
    const analysis = plainAnalysis();
    assert.deepStrictEqual(JSON.parse(toJson(analysis)), analysis);
    assert.deepStrictEqual(JSON.parse(toJson([analysis, analysis])), [analysis, analysis]);
    assert.ok(toJson(analysis).endsWith('}\n'));
  });

  it('keeps hostile text exact after parsing, yet writes no raw control, C1, bidi or line-separator character', () => {
    const { analysis, source } = buildHostileAnalysis();
    const json = toJson(analysis);
    assert.ok(!UNSAFE_CHARACTER.test(json), 'raw unsafe character in JSON');
    assert.ok(!/[\u2028\u2029]/.test(json));
    const parsed = JSON.parse(json) as Analysis;
    assert.deepStrictEqual(parsed, analysis);
    for (const claim of parsed.claims) assert.strictEqual(claim.text, source.slice(claim.start, claim.end));
  });

  it('writes invisible characters as escapes, equal in value', () => {
    const analysis = plainAnalysis();
    analysis.actors[1].name = 'Pu\u200btin\u200e\u{E0041}';
    const json = toJson(analysis);
    assert.ok(json.includes('"Pu\\u200btin\\u200e\\udb40\\udc41"'), json);
    assert.deepStrictEqual(JSON.parse(json), analysis);
  });

  it('writes JSON Lines as one complete analysis per line', () => {
    const { analysis } = buildHostileAnalysis();
    const lines = toJsonLines([analysis, plainAnalysis()]).split('\n');
    assert.strictEqual(lines.pop(), '', 'ends with a newline');
    assert.strictEqual(lines.length, 2);
    assert.deepStrictEqual(JSON.parse(lines[0]), analysis);
    assert.deepStrictEqual(JSON.parse(lines[1]), plainAnalysis());
    assert.strictEqual(toJsonLines(plainAnalysis()).split('\n').length, 2);
  });
});

describe('CSV tables and byte order mark', () => {
  const table = (csv: string, name: keyof typeof CSV_TABLE_COLUMNS): Array<Record<string, string>> => {
    const [header, ...rows] = parseCsv(csv);
    assert.deepStrictEqual(header, [...CSV_TABLE_COLUMNS[name]]);
    return rows.map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index]])));
  };

  it('writes a claims table: one row per claim with speaker, actor, cue and text', () => {
    const rows = table(toCsv([plainAnalysis(), plainAnalysis()], { table: 'claims' }), 'claims');
    assert.strictEqual(rows.length, 2, 'one header for several documents');
    assert.deepStrictEqual(rows[0], {
      document: 'articles/peskov.txt', id: 'c1', speaker: 'Dmitry Peskov', actorId: 'dmitry-peskov', actor: 'Dmitry Peskov', actorType: 'PERSON',
      cue: 'said', claimKind: 'indirect', text: 'Putin would travel on Monday', line: '1', start: rows[0].start, end: rows[0].end,
      evidence: 'name', evidenceText: 'Dmitry Peskov', evidenceLine: '1', evidenceStart: rows[0].evidenceStart, evidenceEnd: rows[0].evidenceEnd,
      via: '', viaLine: '', viaStart: '', viaEnd: '', confidence: '0.74',
    });
    assert.strictEqual(Number(rows[0].evidenceEnd) - Number(rows[0].evidenceStart), 'Dmitry Peskov'.length);
  });

  it('writes an actors table: names, aliases and roles joined, counts and first line', () => {
    const rows = table(toCsv(plainAnalysis(), { table: 'actors' }), 'actors');
    assert.deepStrictEqual(rows, [
      { document: 'articles/peskov.txt', actorId: 'dmitry-peskov', name: 'Dmitry Peskov', type: 'PERSON', aliases: 'Peskov', roles: 'Kremlin spokesman', mentions: '1', claims: '1', firstLine: '1' },
      { document: 'articles/peskov.txt', actorId: 'vladimir-putin', name: 'Putin', type: 'PERSON', aliases: '', roles: '', mentions: '1', claims: '0', firstLine: '1' },
    ]);
  });

  it('writes an entities table with dates resolved and roles', () => {
    const rows = table(toCsv(plainAnalysis(), { table: 'entities' }), 'entities');
    assert.deepStrictEqual(rows.map((row) => [row.type, row.text, row.value, row.actor, row.role]), [
      ['PERSON', 'Dmitry Peskov', '', 'Dmitry Peskov', 'Kremlin spokesman'],
      ['PERSON', 'Putin', '', 'Putin', ''],
      ['DATE', 'Monday', '2023-03-20', '', ''],
      ['DATE', 'last week', '2023-W10', '', ''],
    ]);
  });

  it('keeps hostile cells inert in every table', () => {
    const { analysis } = buildHostileAnalysis();
    for (const name of ['claims', 'actors', 'entities'] as const) {
      const csv = toCsv(analysis, { table: name });
      assert.ok(!UNSAFE_CHARACTER.test(csv.replace(/\r\n/g, '')));
      for (const row of table(csv, name)) for (const cell of Object.values(row)) assert.ok(cell === '-' || !/^\s*[=+\-@\t\r\n]/.test(cell), cell);
    }
  });

  it('starts with a UTF-8 byte order mark only when asked', () => {
    assert.ok(toCsv(plainAnalysis(), { bom: true }).startsWith('\uFEFFdocument,kind,'));
    assert.ok(toCsv(plainAnalysis()).startsWith('document,kind,'));
    assert.ok(Buffer.from(toCsv(plainAnalysis(), { bom: true, table: 'claims' }), 'utf8').subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
  });
});

describe('writing document by document', () => {
  it('writes JSON piece by piece exactly as JSON.stringify writes it whole [stress]', () => {
    // Long arrays are written in batches, and elements with long arrays of their own (an actor's mentions) are taken apart.
    const longArray = fc.array(fc.integer(), { minLength: 250, maxLength: 300 });
    const value = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ mentions: longArray, name: fc.string() })), { maxLength: 1200 }),
      fc.record({ entities: fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 255, maxLength: 600 }), skipped: fc.constant(undefined) }),
    );
    fc.assert(
      fc.property(value, fc.constantFrom(0, 2), (json, indent) => {
        assert.strictEqual(Array.from(jsonPieces(json, indent)).join(''), safeJsonStringify(json, indent));
        assert.strictEqual(Array.from(jsonPieces([json, json], indent)).join(''), safeJsonStringify([json, json], indent));
      }),
      { numRuns: 600 },
    );
  });

  it('never holds a large analysis as one string: no piece grows with the document', () => {
    const analysis = plainAnalysis();
    const entity = analysis.entities[0];
    analysis.entities = Array.from({ length: 20_000 }, () => ({ ...entity }));
    analysis.claims = Array.from({ length: 5_000 }, (_, index) => ({ ...analysis.claims[0], id: `c${index}` }));
    analysis.actors[0].claimIds = analysis.claims.map((claim) => claim.id);
    for (const format of ['json', 'jsonl', 'csv', 'md'] as const) {
      let total = 0;
      let largest = 0;
      for (const piece of documentPieces(format, analysis, 0)) {
        total += piece.length;
        largest = Math.max(largest, piece.length);
      }
      assert.ok(total > 300_000 && largest * 20 < total, `${format}: ${total} characters, largest piece ${largest}`);
    }
  });

  it('writes several documents with their separators and closes the output as the whole formatter does', () => {
    const analyses = [plainAnalysis(), buildHostileAnalysis().analysis, plainAnalysis()];
    for (const format of ['json', 'jsonl', 'csv', 'md'] as const) {
      for (const options of [{}, { table: 'claims' as const, bom: true }]) {
        const streamed = analyses.map((analysis, index) => Array.from(documentPieces(format, analysis, index, options)).join('')).join('') + endOfOutput(format, analyses.length, options);
        assert.strictEqual(streamed, formatAnalyses(format, analyses, options), format);
      }
    }
    assert.deepStrictEqual(JSON.parse(formatAnalyses('json', analyses)), analyses);
    assert.strictEqual(Array.from(documentPieces('json', plainAnalysis(), 0, { single: true })).join(''), toJson(plainAnalysis()));
  });
});

describe('CSV export', () => {
  it('has the documented header and one row per claim, unattributed quote and entity', () => {
    const rows = parseCsv(toCsv(plainAnalysis()));
    assert.deepStrictEqual(rows[0], [...CSV_COLUMNS]);
    const records = rows.slice(1).map((cells) => Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, cells[index]])));
    assert.deepStrictEqual(
      records.map((record) => record.kind),
      ['claim', 'quote', 'entity', 'entity', 'entity', 'entity'],
    );
    const claim = records[0];
    assert.strictEqual(claim.document, 'articles/peskov.txt');
    assert.strictEqual(claim.actor, 'Dmitry Peskov');
    assert.strictEqual(claim.actorId, 'dmitry-peskov');
    assert.strictEqual(claim.type, 'PERSON');
    assert.strictEqual(claim.cue, 'said');
    assert.strictEqual(claim.claimKind, 'indirect');
    assert.strictEqual(claim.text, 'Putin would travel on Monday');
    assert.strictEqual(claim.line, '1');
    assert.strictEqual(records[1].value, 'marked');
    assert.strictEqual(records[1].line, '3');
    const monday = records.find((record) => record.text === 'Monday');
    assert.strictEqual(monday?.value, '2023-03-20');
    assert.strictEqual(monday?.type, 'DATE');
  });

  it('keeps every hostile cell inert: no formula start, no raw control character, text otherwise intact', () => {
    const { analysis } = buildHostileAnalysis();
    const csv = toCsv([analysis, plainAnalysis()]);
    assert.ok(!UNSAFE_CHARACTER.test(csv.replace(/\r\n/g, '')), 'raw unsafe character in CSV');
    const rows = parseCsv(csv);
    for (const cells of rows) {
      assert.strictEqual(cells.length, CSV_COLUMNS.length);
      for (const cell of cells) assert.ok(cell === '-' || !/^[ ]*[=+\-@\t\r\n]/.test(cell), `formula start in ${JSON.stringify(cell)}`);
    }
    const claimRows = rows.filter((cells) => cells[1] === 'claim' && cells[0] === analysis.document);
    assert.strictEqual(claimRows.length, analysis.claims.length);
    const textColumn = CSV_COLUMNS.indexOf('text');
    analysis.claims.forEach((claim, index) => {
      const shown = stripControlCharacters(claim.text);
      const expected = /^[ ]*[=+\-@\t\r\n]/.test(shown) ? `'${shown}` : shown;
      assert.strictEqual(claimRows[index][textColumn], expected);
    });
  });

  it('neutralises a formula in every column, including the speaker and the document name', () => {
    const analysis = plainAnalysis();
    analysis.document = '=cmd|calc.txt';
    analysis.claims[0].speaker = HOSTILE_PAYLOADS.formulaAt;
    analysis.claims[0].cue = HOSTILE_PAYLOADS.formulaPlus;
    const claimRow = parseCsv(toCsv(analysis))[1];
    assert.strictEqual(claimRow[0], "'=cmd|calc.txt");
    assert.strictEqual(claimRow[CSV_COLUMNS.indexOf('speaker')], `'${HOSTILE_PAYLOADS.formulaAt}`);
    assert.strictEqual(claimRow[CSV_COLUMNS.indexOf('cue')], `'${HOSTILE_PAYLOADS.formulaPlus}`);
  });
});

describe('Markdown report', () => {
  it('reads as a report: title, date, actors with roles and claims cited file:line, quotes, dates', () => {
    const report = toMarkdown(plainAnalysis());
    const html = marked.parse(report, { async: false, gfm: true });
    assert.match(html, /<h1>Source Lens report: articles\/peskov\.txt<\/h1>/);
    assert.match(report, /Document date: 2023-03-17 \(from the document header\)/);
    assert.match(html, /<h2>People<\/h2>/);
    assert.match(html, /<h3>Dmitry Peskov<\/h3>/);
    assert.match(html, /Kremlin spokesman · also Peskov · 1 mention, first at articles\/peskov\.txt:1 · 1 claim/);
    assert.match(html, /<strong>said<\/strong> \(indirect\), articles\/peskov\.txt:1:(?:<\/p>)?\s*<blockquote>\s*<p>Putin would travel on Monday<\/p>/);
    assert.match(html, /<td>Putin<\/td>/, 'an actor without claims is listed in the table');
    assert.match(html, /<h2>Unattributed quotations<\/h2>/);
    assert.match(html, /marked, articles\/peskov\.txt:3:/);
    assert.match(html, /<td>last week<\/td>\s*<td>2023-W10<\/td>\s*<td>articles\/peskov\.txt:3<\/td>/);
  });

  it('separates several documents and says when a document has nothing', () => {
    const empty: Analysis = { ...plainAnalysis(), document: '-', documentDate: null, documentDateSource: null, entities: [], actors: [], quotes: [], claims: [] };
    const report = toMarkdown([plainAnalysis(), empty]);
    assert.strictEqual(report.split('\n---\n').length, 2);
    assert.match(report, /# Source Lens report: stdin/);
    assert.match(report, /Document date: not known/);
    assert.match(report, /No actors or claims found\./);
  });

  it('renders every hostile name, alias, role, cue, claim, quote, date and warning as text only', () => {
    const { analysis } = buildHostileAnalysis();
    const report = toMarkdown(analysis);
    assert.ok(!UNSAFE_CHARACTER.test(report), 'raw unsafe character in the report');
    for (const html of renderBoth(report)) {
      const unexpectedTags = [...tagsIn(html)].filter((tag) => !REPORT_TAGS.has(tag));
      assert.deepStrictEqual(unexpectedTags, [], 'document text became markup');
      // In rendered HTML every literal "<" of the text is "&lt;", so each "<" here opens a real element.
      const elements = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
      const activeElements = elements.filter((element) => /\s(?:href|src|on[a-z]+)\s*=/i.test(element));
      assert.deepStrictEqual(activeElements, [], 'an attribute that loads or runs something');
      assert.ok(!UNSAFE_CHARACTER.test(html));
    }
    // Shown, not dropped: the literal command link text is visible in the rendered report.
    const [markedHtml] = renderBoth(report);
    assert.ok(markedHtml.includes('[Click here](command:workbench.action.terminal.sendSequence?'), 'the command link is shown as text');
    assert.ok(markedHtml.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the script tag is shown as text');
  });

  it('reads as written in raw form: no backslash before a hyphen, dot or colon in the sample article', () => {
    const sample = path.join(REPO_ROOT, 'test', 'fixtures', 'seed', '000_3f34881810dbdd74.txt');
    const report = toMarkdown(analyze(readFileSync(sample, 'utf8'), { document: 'reports/2023-03-17/seed.txt' }));
    assert.deepStrictEqual(report.match(/\\[-.:]/g), null, report);
    assert.match(report, /^# Source Lens report: reports\/2023-03-17\/seed\.txt$/m);
    assert.match(report, /Russian-Chinese/);
    assert.match(report, /reports\/2023-03-17\/seed\.txt:37:/);
  });

  it('shows invisible characters in names, so look-alike actors differ', () => {
    const analysis = plainAnalysis();
    analysis.actors[1].name = 'Pu\u200btin';
    analysis.claims[0].speaker = '\u200eDmitry Peskov';
    const report = toMarkdown(analysis);
    assert.match(report, /\| Pu<U\+200B>tin \|/);
    assert.ok(!/[\u200b\u200e]/.test(report));
    const csv = toCsv(analysis);
    assert.ok(csv.includes('Pu<U+200B>tin') && csv.includes('<U+200E>Dmitry Peskov') && !/[\u200b\u200e]/.test(csv), csv);
  });

  it('quotes a claim spanning several paragraphs as one block, line starts neutralised', () => {
    const analysis = plainAnalysis();
    analysis.claims[0].text = 'First paragraph.\n\n# Not a heading\n    not code';
    const html = marked.parse(toMarkdown(analysis), { async: false, gfm: true });
    assert.match(html, /<blockquote>\s*<p>First paragraph\.<\/p>\s*<p># Not a heading\n(&nbsp;){4}not code<\/p>\s*<\/blockquote>/);
  });
});

describe('formatAnalyses', () => {
  it('dispatches each documented format name', () => {
    const analysis = plainAnalysis();
    assert.strictEqual(formatAnalyses('json', analysis), toJson(analysis));
    assert.strictEqual(formatAnalyses('jsonl', analysis), toJsonLines(analysis));
    assert.strictEqual(formatAnalyses('csv', analysis), toCsv(analysis));
    assert.strictEqual(formatAnalyses('md', analysis), toMarkdown(analysis));
    assert.ok(isExportFormat('md'));
    assert.ok(!isExportFormat('xml'));
  });
});
