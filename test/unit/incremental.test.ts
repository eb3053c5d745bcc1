// Unit tests of DocumentAnalyzer: after typical edits its results equal a fresh analysis, and unchanged paragraphs are not read again.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, DocumentAnalyzer } from '../../src/analysis';
import type { analyzeParagraph } from '../../src/analysis/paragraph/analyzeParagraph';
import type { Analysis, AnalyzeOptions } from '../../src/analysis/types';
import { withoutTiming } from '../support/arbitraries';
import { findRepoRoot } from '../support/fixtures';

/**
 * The paragraph module as the analyzer reaches it. Wrapping its export counts paragraph reads by the
 * texts read, with no timing involved; the first analysis of every case checks the wrapper sees reads at all.
 */
// The module object itself, whose export is replaced below: an `import * as` namespace is a copy under
// esModuleInterop, so wrapping it would not reach the analyzer.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const paragraphModule = require('../../src/analysis/paragraph/analyzeParagraph') as { analyzeParagraph: typeof analyzeParagraph };

/** Runs `work` and returns its result with the text of every paragraph the engine read meanwhile. */
function withReads<T>(work: () => T): { result: T; reads: string[] } {
  const original = paragraphModule.analyzeParagraph;
  const reads: string[] = [];
  paragraphModule.analyzeParagraph = (text, documentDate) => {
    reads.push(text);
    return original(text, documentDate);
  };
  try {
    return { result: work(), reads };
  } finally {
    paragraphModule.analyzeParagraph = original;
  }
}

const PARAGRAPHS = [
  'Harbour news from the coast.',
  'Mayor Ines Kober said the pier would reopen in May.',
  '“The boats need a safe place,” Tomas Berg said.',
  'Kober met Lena Varga, a fisherman, on Tuesday.',
  'Varga said the harbour was dying.',
  'The council will meet again next week, officials said.',
  'Nobody else spoke.',
];
const DOCUMENT = PARAGRAPHS.join('\n\n');
const OPTIONS: AnalyzeOptions = { documentDate: '2024-05-02' };

/** An analyzer that has seen `text` once, having read every paragraph of it. */
function primed(text: string, options: AnalyzeOptions = OPTIONS): DocumentAnalyzer {
  const analyzer = new DocumentAnalyzer(options);
  const { reads } = withReads(() => analyzer.analyze(text));
  assert.equal(reads.length, text.split('\n\n').length, 'the first analysis reads every paragraph once');
  return analyzer;
}

/** Analyses `text` again with `analyzer`, checks it equals a fresh analysis, and returns the paragraphs read. */
function reanalyze(analyzer: DocumentAnalyzer, text: string, options: AnalyzeOptions = OPTIONS): { analysis: Analysis; reads: string[] } {
  const { result, reads } = withReads(() => analyzer.analyze(text));
  assert.deepStrictEqual(withoutTiming(result), withoutTiming(analyze(text, options)), `incremental result differs from a fresh one for ${JSON.stringify(text)}`);
  return { analysis: result, reads };
}

/** The blank-line-separated paragraph of `text` that holds `offset`. */
function paragraphAround(text: string, offset: number): string {
  const before = text.lastIndexOf('\n\n', offset);
  const after = text.indexOf('\n\n', offset);
  return text.slice(before < 0 ? 0 : before + 2, after < 0 ? text.length : after);
}

/** Inserts `typed` one character at a time at `at`, checking every intermediate text; returns the final text. */
function typeInto(analyzer: DocumentAnalyzer, text: string, at: number, typed: string): string {
  let current = text;
  for (let i = 0; i < typed.length; i++) {
    current = current.slice(0, at + i) + typed[i] + current.slice(at + i);
    const { reads } = reanalyze(analyzer, current);
    assert.deepEqual(reads, [paragraphAround(current, at)], `after typing ${JSON.stringify(typed.slice(0, i + 1))}`);
  }
  return current;
}

describe('DocumentAnalyzer: typing', () => {
  it('re-reads only the edited paragraph while a word is typed, and equals a fresh analysis at every keystroke', () => {
    const analyzer = primed(DOCUMENT);
    const at = DOCUMENT.indexOf('was dying');
    const typed = typeInto(analyzer, DOCUMENT, at, 'really ');
    assert.ok(typed.includes('Varga said the harbour really was dying.'));
  });

  it('re-reads only the edited paragraph while a name is typed, even as the actors change', () => {
    const analyzer = primed(DOCUMENT);
    const at = DOCUMENT.indexOf('Varga, a fisherman');
    const typed = typeInto(analyzer, DOCUMENT, at, 'Marta ');
    const analysis = analyze(typed, OPTIONS);
    assert.ok(analysis.actors.some((actor) => actor.name === 'Lena Marta Varga'), JSON.stringify(analysis.actors.map((actor) => actor.name)));
  });

  it('re-reads only the edited paragraph when the edit is in the first paragraph', () => {
    const analyzer = primed(DOCUMENT);
    typeInto(analyzer, DOCUMENT, DOCUMENT.indexOf('news'), 'good ');
  });

  it('keeps the very result objects of the paragraphs before an edit', () => {
    const analyzer = primed(DOCUMENT);
    const before = analyzer.analyze(DOCUMENT);
    const edited = DOCUMENT.replace('next week', 'next month');
    const { analysis: after } = reanalyze(analyzer, edited);
    const editStart = DOCUMENT.indexOf('next week');
    const earlierClaims = before.claims.filter((claim) => claim.end < editStart);
    assert.ok(earlierClaims.length >= 3, 'the document has claims before the edit');
    for (const claim of earlierClaims) assert.ok(after.claims.includes(claim), `claim ${claim.id} was rebuilt`);
    const earlierEntities = before.entities.filter((entity) => entity.end < editStart);
    for (const entity of earlierEntities) assert.ok(after.entities.includes(entity), `entity ${entity.text} was rebuilt`);
  });
});

describe('DocumentAnalyzer: paragraphs added, removed and undone', () => {
  it('reads only a paragraph added between two others', () => {
    const analyzer = primed(DOCUMENT);
    const added = 'Ana Ruiz, a trader, said the fish were gone.';
    const text = DOCUMENT.replace(PARAGRAPHS[3], `${PARAGRAPHS[3]}\n\n${added}`);
    const { analysis, reads } = reanalyze(analyzer, text);
    assert.deepEqual(reads, [added]);
    assert.ok(analysis.claims.some((claim) => claim.speaker === 'Ana Ruiz'));
  });

  it('reads nothing when a paragraph is removed', () => {
    const analyzer = primed(DOCUMENT);
    const text = DOCUMENT.replace(`${PARAGRAPHS[2]}\n\n`, '');
    const { analysis, reads } = reanalyze(analyzer, text);
    assert.deepEqual(reads, []);
    assert.ok(!analysis.actors.some((actor) => actor.name === 'Tomas Berg'));
  });

  it('reads nothing when an edit is undone, and gives the original result back', () => {
    const analyzer = primed(DOCUMENT);
    const original = withoutTiming(analyzer.analyze(DOCUMENT));
    reanalyze(analyzer, DOCUMENT.replace('Tomas Berg', 'Tomas Bergen'));
    const { analysis, reads } = reanalyze(analyzer, DOCUMENT);
    assert.deepEqual(reads, []);
    assert.deepStrictEqual(withoutTiming(analysis), original);
  });

  it('reads only the joined paragraph when a blank line is deleted, and both again when it is restored', () => {
    const analyzer = primed(DOCUMENT);
    const joined = DOCUMENT.replace(`${PARAGRAPHS[3]}\n\n`, `${PARAGRAPHS[3]}\n`);
    const { reads: joinReads } = reanalyze(analyzer, joined);
    assert.deepEqual(joinReads, [`${PARAGRAPHS[3]}\n${PARAGRAPHS[4]}`]);
    const { reads: splitReads } = reanalyze(analyzer, DOCUMENT);
    assert.deepEqual(splitReads, [], 'both halves are still known from before');
  });
});

describe('DocumentAnalyzer: what forces a full re-read', () => {
  it('reads every paragraph again when the document date changes, since dates resolve against it', () => {
    const header = ' date 2024-05-02 \n\n';
    const analyzer = primed(`${header}${DOCUMENT}`);
    const text = `${header.replace('05-02', '06-02')}${DOCUMENT}`;
    const { analysis, reads } = reanalyze(analyzer, text);
    assert.equal(analysis.documentDate, '2024-06-02');
    assert.equal(reads.length, PARAGRAPHS.length + 1);
  });

  it('agrees with a fresh analysis when the same analyzer is given an unrelated text', () => {
    const analyzer = primed(DOCUMENT);
    const other = 'Dmitry Peskov spoke on Monday.\n\nPeskov said the talks were over.';
    const { reads } = reanalyze(analyzer, other);
    assert.equal(reads.length, 2);
  });
});

describe('DocumentAnalyzer: edits that change who is who', () => {
  it('drops a quotation credited through the next paragraph once that paragraph no longer points back to it', () => {
    const text = ['Harbour news from the coast.', '“The pier will stay shut until the storm season ends.”', 'That was the warning of Ines Kober, the harbour master, on Tuesday.', 'Nobody else spoke.'].join('\n\n');
    const analyzer = primed(text);
    const at = text.indexOf('was the warning') + 2;
    const { analysis } = reanalyze(analyzer, text.slice(0, at) + text.slice(at + 1));
    assert.equal(analysis.claims.length, 0);
  });

  it('equals a fresh analysis when a name is misspelt, first and last names alike, and spelt right again', () => {
    const analyzer = primed(DOCUMENT);
    for (const name of ['Ines Kober', 'Kober met', 'Tomas Berg', 'Lena Varga', 'Varga said']) {
      const at = DOCUMENT.indexOf(name) + name.indexOf(' ') - 2;
      const misspelt = DOCUMENT.slice(0, at) + DOCUMENT.slice(at + 1);
      reanalyze(analyzer, misspelt);
      reanalyze(analyzer, DOCUMENT);
    }
  });

  it('gives a shared surname to whoever is now named first when an edit moves a full name\'s first mention', () => {
    const text = ['Harbour news from the coast.', 'Elif Lindgren said the port was closed.', 'Lucas Lindgren said the port would reopen.', 'Lindgren said nothing more.', 'Elif Lindgren spoke again on Friday.'].join('\n\n');
    const analyzer = primed(text);
    const at = text.indexOf('Lindgren said the port was') + 6;
    const { analysis } = reanalyze(analyzer, `${text.slice(0, at)}g${text.slice(at)}`);
    const surname = analysis.entities.find((e) => e.text === 'Lindgren');
    assert.equal(analysis.actors.find((a) => a.id === surname?.actorId)?.name, 'Lucas Lindgren');
  });

  it('gives a lone given name to the full name it starts as an edit writes, changes and restores that full name', () => {
    const text = ['Harbour news from the coast.', 'Alice Moreau sat down.', 'Ships came in.', '“It is very rude,” said Alice.'].join('\n\n');
    const analyzer = primed(text);
    const speakerAfter = (edited: string): string | null | undefined => reanalyze(analyzer, edited).analysis.claims[0]?.speakerId;
    assert.equal(speakerAfter(text.replace('Alice Moreau', 'Alicia Moreau')), 'alice', 'alone, "Alice" is a person of her own');
    assert.equal(speakerAfter(text.replace('Alice Moreau', 'Alice Moreaux')), 'alice-moreaux');
    assert.equal(speakerAfter(text), 'alice-moreau');
  });

  /**
   * Primes an analyzer with `opening`, a dozen uneventful paragraphs and `closing`, then checks who is credited
   * with the claim holding `claimed`: as written, after `original` becomes `edited` in the opening, and once
   * it is restored (each result equal to a fresh analysis).
   */
  function speakerFarAfterEdit(opening: string[], closing: string[], claimed: string, original: string, edited: string): Array<string | undefined> {
    const calm = Array.from({ length: 12 }, (_, i) => `The weather stayed calm for ${i + 2} days.`);
    const text = [...opening, ...calm, ...closing].join('\n\n');
    const speaker = (analysis: Analysis): string | undefined => analysis.claims.find((c) => c.text.includes(claimed))?.speaker;
    const analyzer = primed(text);
    return [speaker(analyzer.analyze(text)), speaker(reanalyze(analyzer, text.replace(original, edited)).analysis), speaker(reanalyze(analyzer, text).analysis)];
  }

  it('follows a pronoun\'s reading far past an edit that changes what the resolver learnt earlier', () => {
    // "He said" teaches the resolver that Alex Moreno is a man, so "She" fourteen paragraphs on is Dana Lee;
    // without it, "She" is the subject of the sentence before.
    const speakers = speakerFarAfterEdit(
      ['Harbour news from the coast.', 'Alex Moreno said the pier would reopen in May.', 'He said the boats were ready.', 'Alex Moreno said the fish were gone.'],
      ['Alex Moreno met Dana Lee on Tuesday.', 'She said the harbour was dying.'],
      'harbour was dying',
      'He said the boats were ready.',
      'The boats were ready.',
    );
    assert.deepEqual(speakers, ['Dana Lee', 'Alex Moreno', 'Dana Lee']);
  });

  it('credits "A:" answers far past an edit to whoever is now the first person named', () => {
    // The interviewee is the first person mentioned; the answers come long after the edit that changes who that is.
    const speakers = speakerFarAfterEdit(
      ['It was a quiet week on the coast.', 'Talks were held in the spring.', 'Ines Kober runs the harbour.'],
      ['Q: Will the pier reopen?', 'A: It will reopen in May.'],
      'reopen in May',
      'Talks were held in the spring.',
      'Talks were held by Tomas Berg.',
    );
    assert.deepEqual(speakers, ['Ines Kober', 'Tomas Berg', 'Ines Kober']);
  });

  it('lists two claims whose words start together in the same order as a fresh analysis after the earlier one grows', () => {
    // Before the edit "said" reads first; after it both statements start at "17 March" and the shorter one comes first.
    const analyzer = new DocumentAnalyzer();
    const tail = 'President Dmitry Peskov, \nAccording to Moscow,  he said  on Monday. ';
    analyzer.analyze(`. ${tail}`);
    const { analysis } = reanalyze(analyzer, `he tweeted latest. 17 March.${tail}`, {});
    assert.deepEqual(
      analysis.claims.map((c) => c.cue),
      ['According to', 'said'],
    );
  });

  it('settles a pronoun claim again when an edit of the same length names its speaker between its antecedent and it', () => {
    // The claim's paragraph neither changes nor moves: only the speaker's mentions before it do.
    const text = [PARAGRAPHS[0], 'Mayor Ines Kober arrived on Monday.', 'The weather was cold.', 'She said the pier would reopen.'].join('\n\n');
    const edited = text.replace('The weather was cold.', 'Kober waved at a dog.');
    assert.equal(edited.length, text.length);
    const analyzer = primed(text);
    const via = (analysis: Analysis): string | undefined => analysis.claims.find((c) => c.cue === 'said')?.evidence.via?.text;
    assert.equal(via(analyzer.analyze(text)), 'Ines Kober');
    assert.equal(via(reanalyze(analyzer, edited).analysis), 'Kober');
    assert.equal(via(reanalyze(analyzer, text).analysis), 'Ines Kober');
  });

  it('settles a pronoun claim again when an edit comes between it and its antecedent, and moves it along otherwise', () => {
    const text = [PARAGRAPHS[0], 'Mayor Ines Kober arrived on Monday.', 'The weather was cold.', 'She said the pier would reopen.'].join('\n\n');
    const analyzer = primed(text);
    // Lines between the claim and its antecedent count (a far antecedent lowers confidence): add some, then some before both.
    const apart = text.replace('The weather was cold.', 'The weather\nwas\ncold\nand\nwet.');
    const { analysis } = reanalyze(analyzer, apart);
    const claim = analysis.claims.find((c) => c.cue === 'said');
    assert.ok(claim?.evidence.via && claim.evidence.line - claim.evidence.via.line >= 4, JSON.stringify(claim?.evidence));
    reanalyze(analyzer, `Harbour\nnews${apart.slice('Harbour news'.length)}`);
    reanalyze(analyzer, text);
  });

  it('equals a fresh analysis after each of 150 seeded one-character edits across the fixture articles [stress]', function () {
    const directory = path.join(findRepoRoot(), 'test', 'fixtures');
    const articles = ['articles', 'holdout'].flatMap((folder) =>
      fs
        .readdirSync(path.join(directory, folder))
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((file) => fs.readFileSync(path.join(directory, folder, file), 'utf8')),
    );
    let text = articles.join('\n\n');
    const analyzer = new DocumentAnalyzer(OPTIONS);
    // Each edit costs a fresh analysis of the whole text, the reference: the budget follows from what one takes on
    // this machine at this moment (a loaded machine is slower at both), never less than the suite's default.
    const started = performance.now();
    analyzer.analyze(text);
    const oneAnalysisMs = performance.now() - started;
    this.timeout(Math.max(20_000, Math.ceil(150 * 2 * oneAnalysisMs * 3)));
    let seed = 7;
    const next = (limit: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % limit;
    };
    const letters = 'abcdefghijklmnopqrstuvwxyz ,ABCKMPS';
    for (let edit = 0; edit < 150; edit++) {
      const at = next(text.length);
      text = next(2) === 0 ? text.slice(0, at) + letters[next(letters.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      const reference = withoutTiming(analyze(text, OPTIONS));
      assert.deepStrictEqual(withoutTiming(analyzer.analyze(text)), reference, `after edit ${edit + 1} at ${at}`);
    }
  });
});
