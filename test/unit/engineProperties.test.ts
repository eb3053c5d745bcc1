// Property-based tests of the engine (quality bar 4): any string in, a consistent, deterministic Analysis out.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze, DocumentAnalyzer } from '../../src/analysis';
import type { Analysis, AnalyzeOptions } from '../../src/analysis/types';
import {
  analysisViolations,
  analyzeOptions,
  anyCodeUnits,
  applyEdit,
  hostileDocument,
  mixedDocument,
  newsDocument,
  surrogateSplits,
  textEdit,
  withoutTiming,
} from '../support/arbitraries';

/**
 * Runs per property. Their sum is the number of generated cases CI checks (at least 10,000);
 * SOURCELENS_PROPERTY_SCALE multiplies them for a longer local hunt, SOURCELENS_PROPERTY_SEED replays a failure.
 */
const SCALE = Number(process.env.SOURCELENS_PROPERTY_SCALE ?? '1') || 1;
const SEED = process.env.SOURCELENS_PROPERTY_SEED === undefined ? undefined : Number(process.env.SOURCELENS_PROPERTY_SEED);
const RUNS = {
  mixed: 3000,
  news: 2000,
  hostile: 1500,
  codeUnits: 1000,
  options: 800,
  surrogates: 1000,
  deterministic: 700,
  incremental: 500,
};

function parameters<T>(runs: number): fc.Parameters<T> {
  return { numRuns: Math.round(runs * SCALE), ...(SEED === undefined ? {} : { seed: SEED }) };
}

/** Analyses the text and fails with every broken invariant, naming the input. */
function assertConsistent(text: string, options?: AnalyzeOptions): Analysis {
  const analysis = analyze(text, options);
  const violations = analysisViolations(text, analysis);
  assert.deepStrictEqual(violations, [], `input ${JSON.stringify(text)}`);
  return analysis;
}

describe('engine properties: any text gives a consistent Analysis [stress]', function () {
  this.timeout(120_000);

  it('never throws and keeps every span true to its source on news prose mixed with hostile Unicode', () => {
    fc.assert(fc.property(mixedDocument(), (text) => void assertConsistent(text)), parameters(RUNS.mixed));
  });

  it('keeps every span, line and id consistent on well-formed news prose, quotes and transcripts', () => {
    fc.assert(fc.property(newsDocument(), (text) => void assertConsistent(text)), parameters(RUNS.news));
  });

  it('survives text made only of controls, lone surrogates, bidi marks, quote runs and punctuation', () => {
    fc.assert(fc.property(hostileDocument(), (text) => void assertConsistent(text)), parameters(RUNS.hostile));
  });

  it('survives arbitrary UTF-16 code units', () => {
    const codeUnitText = fc.array(anyCodeUnits, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(codeUnitText, (text) => void assertConsistent(text)), parameters(RUNS.codeUnits));
  });

  it('stays consistent with any reference date, known actors and ignored names', () => {
    fc.assert(fc.property(mixedDocument(30), analyzeOptions, (text, options) => void assertConsistent(text, options)), parameters(RUNS.options));
  });

  it('never starts or ends a span between the halves of a surrogate pair', () => {
    fc.assert(
      fc.property(mixedDocument(30), (text) => {
        const splits = surrogateSplits(text, analyze(text));
        assert.deepStrictEqual(splits, [], `input ${JSON.stringify(text)}`);
      }),
      parameters(RUNS.surrogates),
    );
  });

  it('gives the same Analysis for the same text and options, apart from the time taken', () => {
    fc.assert(
      fc.property(mixedDocument(30), fc.option(analyzeOptions, { nil: undefined }), (text, options) => {
        const first = withoutTiming(analyze(text, options));
        const second = withoutTiming(analyze(text, options));
        assert.deepStrictEqual(second, first);
        // A reused analyzer that saw other text first must still agree with a fresh one.
        const reused = new DocumentAnalyzer(options);
        reused.analyze(`${text}\n\nAva Jones said.`);
        assert.deepStrictEqual(withoutTiming(reused.analyze(text)), first);
      }),
      parameters(RUNS.deterministic),
    );
  });

  it('gives incremental results equal to a fresh analysis after every edit of a random sequence', () => {
    fc.assert(
      fc.property(mixedDocument(30), fc.array(textEdit, { minLength: 1, maxLength: 6 }), fc.option(analyzeOptions, { nil: undefined }), (initial, edits, options) => {
        const incremental = new DocumentAnalyzer(options);
        let text = initial;
        incremental.analyze(text);
        edits.forEach((edit, index) => {
          text = applyEdit(text, edit);
          const reused = withoutTiming(incremental.analyze(text));
          const fresh = withoutTiming(analyze(text, options));
          assert.deepStrictEqual(reused, fresh, `after edit ${index + 1} of ${edits.length}, text ${JSON.stringify(text)}`);
        });
      }),
      parameters(RUNS.incremental),
    );
  });

  it('generates at least 10,000 cases in total', () => {
    const total = Object.values(RUNS).reduce((sum, runs) => sum + runs, 0);
    assert.ok(total >= 10_000, `only ${total} cases`);
  });
});

/** Edit sequences the incremental property has shrunk to: each must give what a fresh analysis gives. */
describe('engine properties: minimal edit sequences that broke incremental analysis [stress]', () => {
  const cases: ReadonlyArray<readonly [string, string, ReadonlyArray<readonly [number, number, string]>]> = [
    [
      'a first name left alone when the full name it began is edited away',
      ' date 2023-03-17 Jinping Peskov said  on Monday.Jinping\uFEFF',
      [[0, 2, '\n\n'], [0, 25, 'According to the Kremlin, the'], [0, 0, '\n\n']],
    ],
    [
      'a quotation credited to the next paragraph edited down to no words',
      '  date 2024-02-29 ""\n\nPresident Dmitry Peskovsaid\uFEFFsaid ',
      [[0, 0, '“'], [0, 18, '“']],
    ],
  ];
  for (const [behaviour, initial, edits] of cases) {
    it(`equals a fresh analysis for ${behaviour}`, () => {
      const incremental = new DocumentAnalyzer();
      let text = initial;
      incremental.analyze(text);
      for (const [at, length, inserted] of edits) {
        text = text.slice(0, at) + inserted + text.slice(at + length);
        assert.deepStrictEqual(withoutTiming(incremental.analyze(text)), withoutTiming(analyze(text)), `text ${JSON.stringify(text)}`);
      }
    });
  }
});

/**
 * The smallest inputs the properties above have shrunk to, kept as plain cases so each failure stays
 * visible by name (and guards against its return once fixed).
 */
describe('engine properties: minimal inputs that broke them [stress]', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['a quote continued into a paragraph of bare opening marks', 'Ava said: “We\n\n““'],
    ['a quote continued into a paragraph of bare low-9 marks after CRLF', 'Peskov said, adding: We will see\r\n\r\n„„'],
    ['a paragraph of bare opening marks whose speaker the next paragraph names', '““\n\nPeskov said.'],
    ['a paragraph of bare corner brackets whose speaker the next paragraph names', '「「\n\nDmitry Peskov said.'],
    ['a place inside an organization name that runs over a line break', 'the Kremlin\n van der Berg Moscow said, adding: We will see\n'],
  ];
  for (const [behaviour, text] of cases) {
    it(`keeps every span in bounds for ${behaviour}: ${JSON.stringify(text)}`, () => {
      assertConsistent(text);
    });
  }
});
