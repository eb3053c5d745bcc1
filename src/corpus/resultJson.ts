// The corpus JSON written straight from the merged result: the same text as corpusJson(corpusReport(result)), without
// the report's hundreds of thousands of records made first (the command line's largest output on a large corpus).
import { escapeUnsafe } from '../export/json';
import type { CorpusActor, CorpusClaim, CorpusResult, QuotationGroup } from './model';
import { CORPUS_SCHEMA } from './report';

const quoted = (value: string | null): string => JSON.stringify(value);

/** Each record's JSON text as JSON.stringify writes the report's record (same keys, same order). */
class RecordWriter {
  /** Quoted once per document and actor: claims, appearances and co-mentions repeat them. */
  private readonly documentNames: string[];
  private readonly documentDates: string[];
  private readonly actorIds: string[];

  constructor(private readonly result: CorpusResult) {
    this.documentNames = result.documents.map((document) => quoted(document.document));
    this.documentDates = result.documents.map((document) => quoted(document.date));
    this.actorIds = result.actors.map((actor) => quoted(actor.id));
  }

  private actorId(index: number | null): string {
    return index === null ? 'null' : this.actorIds[index];
  }

  actor(actor: CorpusActor, index: number): string {
    let appearances = '';
    for (const appearance of actor.appearances) {
      appearances +=
        `${appearances === '' ? '' : ','}{"document":${this.documentNames[appearance.document]},"mentions":${appearance.mentions},` +
        `"claims":${appearance.claims},"line":${appearance.line}}`;
    }
    return (
      `{"id":${this.actorIds[index]},"name":${quoted(actor.name)},"type":${quoted(actor.type)},` +
      `"aliases":${JSON.stringify(actor.aliases)},` +
      `"documents":${actor.appearances.length},"mentions":${actor.mentions},"claims":${actor.claims},` +
      `"firstDate":${quoted(actor.firstDate)},"appearances":[${appearances}]}`
    );
  }

  claim(claim: CorpusClaim): string {
    return (
      `{"document":${this.documentNames[claim.document]},"date":${this.documentDates[claim.document]},"line":${claim.line},` +
      `"speaker":${quoted(claim.speaker)},"actor":${this.actorId(claim.actor)},"kind":${quoted(claim.kind)},` +
      `"cue":${quoted(claim.cue)},"text":${quoted(claim.text)},"quotation":${claim.quotation === null ? 'null' : claim.quotation + 1}}`
    );
  }

  quotation(group: QuotationGroup, index: number): string {
    let occurrences = '';
    for (const occurrence of group.occurrences) {
      const speaker = occurrence.claim === null ? 'null' : quoted(this.result.claims[occurrence.claim].speaker);
      occurrences +=
        `${occurrences === '' ? '' : ','}{"document":${this.documentNames[occurrence.document]},` +
        `"date":${this.documentDates[occurrence.document]},"line":${occurrence.line},"actor":${this.actorId(occurrence.actor)},` +
        `"speaker":${speaker},"text":${quoted(occurrence.text)}}`;
    }
    return `{"id":${index + 1},"text":${quoted(group.text)},"documents":${group.documents},"occurrences":[${occurrences}]}`;
  }

  coMention(pair: { source: number; target: number; documents: number }): string {
    return `{"source":${this.actorIds[pair.source]},"target":${this.actorIds[pair.target]},"documents":${pair.documents}}`;
  }
}

/** One array of the report, a record a line, as corpusJson writes it. */
function* records<T>(items: readonly T[], write: (item: T, index: number) => string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  for (let index = 0; index < items.length; index++) {
    yield `${index === 0 ? '[' : ','}\n    ${escapeUnsafe(write(items[index], index))}`;
  }
  yield '\n  ]';
}

/** The corpus JSON of a result, piece by piece: the text corpusJson(corpusReport(result)) gives. */
export function* corpusResultJson(result: CorpusResult): Generator<string> {
  const writer = new RecordWriter(result);
  yield `{\n  "kind": "sourcelens-corpus",\n  "schema": ${CORPUS_SCHEMA},\n  "documents": `;
  yield* records(result.documents, (document) => JSON.stringify(document));
  yield ',\n  "actors": ';
  yield* records(result.actors, (actor, index) => writer.actor(actor, index));
  yield ',\n  "claims": ';
  yield* records(result.claims, (claim) => writer.claim(claim));
  yield ',\n  "quotations": ';
  yield* records(result.quotations, (group, index) => writer.quotation(group, index));
  yield ',\n  "coMentions": ';
  yield* records(result.coMentions, (pair) => writer.coMention(pair));
  yield '\n}\n';
}
