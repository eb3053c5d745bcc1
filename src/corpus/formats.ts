// The corpus report written as CSV tables, a Markdown report and a GEXF graph; every document string escaped for where
// it lands (spreadsheet cells, Markdown, XML); JSON with the escapes of the analysis JSON.
import { csvCell, escapeMarkdownInContext, singleLine } from '../presentation/escape';
import { safeJsonStringify } from '../export/json';
import type { CorpusReport } from './report';

export const CORPUS_FORMATS = ['json', 'jsonl', 'csv', 'md', 'gexf'] as const;
export type CorpusFormat = (typeof CORPUS_FORMATS)[number];

export const CORPUS_CSV_TABLES = ['claims', 'actors', 'quotations', 'comentions'] as const;
export type CorpusCsvTable = (typeof CORPUS_CSV_TABLES)[number];

export function isCorpusFormat(name: string): name is CorpusFormat {
  return (CORPUS_FORMATS as readonly string[]).includes(name);
}

export function isCorpusCsvTable(name: string): name is CorpusCsvTable {
  return (CORPUS_CSV_TABLES as readonly string[]).includes(name);
}

/**
 * The report as JSON, one record (document, actor, claim, quotation group, co-mention) a line: smaller than
 * the report indented throughout, written without ever being one string, and easy to read with line tools.
 */
export function* corpusJson(report: CorpusReport): Generator<string> {
  const entries = Object.entries(report);
  yield '{';
  for (const [index, [key, value]] of entries.entries()) {
    yield `${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield safeJsonStringify(value, 0);
      continue;
    }
    for (const [position, record] of value.entries()) yield `${position === 0 ? '[' : ','}\n    ${safeJsonStringify(record, 0)}`;
    yield '\n  ]';
  }
  yield '\n}\n';
}

type Cell = string | number | boolean | null | undefined;

function row(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** One CSV table of the report, row by row (RFC 4180, CRLF line ends, as the analysis CSV). */
export function* corpusCsv(report: CorpusReport, table: CorpusCsvTable = 'claims'): Generator<string> {
  switch (table) {
    case 'claims':
      yield row(['document', 'date', 'line', 'speaker', 'actor_id', 'kind', 'cue', 'text', 'quotation']);
      for (const c of report.claims) {
        yield row([c.document, c.date, c.line, c.speaker, c.actor, c.kind, c.cue, c.text, c.quotation]);
      }
      return;
    case 'actors':
      yield row(['actor_id', 'name', 'type', 'aliases', 'documents', 'mentions', 'claims', 'first_date']);
      for (const a of report.actors) {
        yield row([a.id, a.name, a.type, a.aliases.join('; '), a.documents, a.mentions, a.claims, a.firstDate]);
      }
      return;
    case 'quotations':
      yield row(['quotation', 'documents', 'document', 'date', 'line', 'actor_id', 'speaker', 'text']);
      for (const q of report.quotations) {
        for (const o of q.occurrences) yield row([q.id, q.documents, o.document, o.date, o.line, o.actor, o.speaker, o.text]);
      }
      return;
    case 'comentions':
      yield row(['source', 'target', 'documents']);
      for (const pair of report.coMentions) yield row([pair.source, pair.target, pair.documents]);
      return;
  }
}

const NAME_MAX = 120;
const TEXT_MAX = 300;

function inline(text: string, max = TEXT_MAX): string {
  return escapeMarkdownInContext(singleLine(text, max));
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function where(document: string, line: number, date: string | null): string {
  const cited = inline(`${document}:${line}`, NAME_MAX);
  return date === null ? cited : `${inline(date, 10)} · ${cited}`;
}

/** A Markdown report: the actors, the quotations said in several documents, and every claim under its speaker. */
export function* corpusMarkdown(report: CorpusReport): Generator<string> {
  yield '# Source Lens corpus report\n\n';
  yield `${plural(report.documents.length, 'document')}, ${plural(report.actors.length, 'actor')}, `;
  yield `${plural(report.claims.length, 'claim')}, ${plural(report.quotations.length, 'quotation')} said in more than one document.\n\n`;
  yield '## Actors\n\n| Actor | Type | Documents | Claims | Mentions | First date |\n';
  yield '| --- | --- | ---: | ---: | ---: | --- |\n';
  for (const a of report.actors) {
    const date = a.firstDate === null ? '' : inline(a.firstDate, 10);
    yield `| ${inline(a.name, NAME_MAX)} | ${a.type} | ${a.documents} | ${a.claims} | ${a.mentions} | ${date} |\n`;
  }
  yield '\n## Quotations across documents\n';
  for (const q of report.quotations) {
    yield `\n### ${q.id}. ${inline(q.text)} (${plural(q.documents, 'document')})\n\n`;
    for (const o of q.occurrences) {
      yield `- ${where(o.document, o.line, o.date)}${o.speaker === null ? '' : ` — ${inline(o.speaker, NAME_MAX)}`}\n`;
    }
  }
  yield '\n## Claims by speaker\n';
  const bySpeaker = new Map<string | null, typeof report.claims>();
  for (const claim of report.claims) {
    const list = bySpeaker.get(claim.actor);
    if (list === undefined) bySpeaker.set(claim.actor, [claim]);
    else list.push(claim);
  }
  const sections: Array<{ title: string; id: string | null }> = report.actors
    .filter((a) => bySpeaker.has(a.id))
    .map((a) => ({ title: a.name, id: a.id }));
  if (bySpeaker.has(null)) sections.push({ title: 'Speakers not resolved to an actor', id: null });
  for (const section of sections) {
    const claims = bySpeaker.get(section.id) ?? [];
    yield `\n### ${inline(section.title, NAME_MAX)} (${plural(claims.length, 'claim')})\n\n`;
    for (const c of claims) {
      const speaker = section.id === null ? `${inline(c.speaker, NAME_MAX)}, ` : '';
      const also = c.quotation === null ? '' : ` (quotation ${c.quotation}, also in other documents)`;
      yield `- ${speaker}${where(c.document, c.line, c.date)}: ${inline(c.text)}${also}\n`;
    }
  }
}

/** Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE and U+FFFF): replaced by U+FFFD. */
const NOT_XML = new RegExp(
  [
    '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]',
    '[\\ud800-\\udbff](?![\\udc00-\\udfff])',
    '(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  ].join('|'),
  'g',
);

/** Text for an XML attribute value in double quotes. */
export function xmlAttribute(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

const NODE_ATTRIBUTES = [
  ['type', 'string'],
  ['documents', 'integer'],
  ['claims', 'integer'],
  ['mentions', 'integer'],
  ['firstDate', 'string'],
] as const;

/**
 * A GEXF 1.3 graph for Gephi: a node per actor (type, documents, claims, mentions, first date as attributes, claims as
 * the node size), an undirected edge per pair of actors named in the same documents, weighted by how many.
 */
export function* corpusGexf(report: CorpusReport): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  yield `  <meta><creator>Source Lens</creator><description>${xmlAttribute(
    `Actors of ${report.documents.length} documents and who is named with whom`,
  )}</description></meta>\n`;
  yield '  <graph mode="static" defaultedgetype="undirected">\n    <attributes class="node">\n';
  for (const [index, [title, type]] of NODE_ATTRIBUTES.entries()) {
    yield `      <attribute id="${index}" title="${title}" type="${type}"/>\n`;
  }
  yield '    </attributes>\n    <nodes>\n';
  for (const a of report.actors) {
    const values = [a.type, a.documents, a.claims, a.mentions, a.firstDate ?? ''];
    yield `      <node id="${xmlAttribute(a.id)}" label="${xmlAttribute(a.name)}">\n        <attvalues>`;
    for (const [index, value] of values.entries()) yield `<attvalue for="${index}" value="${xmlAttribute(String(value))}"/>`;
    yield `</attvalues>\n        <viz:size value="${1 + a.claims}"/>\n      </node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for (const [index, pair] of report.coMentions.entries()) {
    const ends = `source="${xmlAttribute(pair.source)}" target="${xmlAttribute(pair.target)}"`;
    yield `      <edge id="${index}" ${ends} weight="${pair.documents}"/>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
