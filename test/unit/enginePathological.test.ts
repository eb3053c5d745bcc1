// Pathological inputs for the engine (quality bar 4): huge lines, runs of one character, deep nesting; each must finish with a consistent Analysis.
import * as assert from 'assert';
import { Worker } from 'worker_threads';
import { QUOTE_MARKS } from '../support/arbitraries';

const MEGABYTE = 1 << 20;
/**
 * How long an input may take before it counts as not finishing: far beyond what linear work needs (the
 * engine runs in a worker so that a runaway input is stopped instead of hanging the test run).
 */
function limitFor(text: string): number {
  return Math.max(60_000, Math.ceil((text.length / MEGABYTE) * 30_000));
}

/** Repeats `unit` until the text is `length` characters long (cut at the end). */
function filled(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** A deterministic pseudo-random sequence (a 32-bit linear congruential generator), so every run sees the same text. */
function randomSequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

/** Words picked from `vocabulary`, joined by spaces, cut to `length` characters. */
function wordsFrom(vocabulary: readonly string[], length: number, seed: number): string {
  const next = randomSequence(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const word = vocabulary[Math.floor(next() * vocabulary.length)];
    parts.push(word);
    size += word.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

/** Capitalised invented words of two to four syllables: many distinct names for the name finder and the actor merger. */
function capitalisedWords(length: number, seed: number): string {
  const next = randomSequence(seed);
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'dri', 'ne', 'sul', 'bar', 'qui', 'zed', 'ya', 'hor', 'pe'];
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    let word = '';
    const count = 2 + Math.floor(next() * 3);
    for (let i = 0; i < count; i++) word += syllables[Math.floor(next() * syllables.length)];
    word = word[0].toUpperCase() + word.slice(1);
    parts.push(word);
    size += word.length + 1;
  }
  return parts.join(' ').slice(0, length);
}

const PROSE_WORDS = [
  'the', 'minister', 'said', 'Ava', 'Jones', 'told', 'reporters', 'that', 'talks', 'in', 'Moscow', 'would', 'continue', 'according', 'to',
  'officials', 'on', 'Monday', 'last', 'week', 'Peskov', 'warned', 'and', 'Beijing', 'feared', 'a', 'plan', 'adding:', 'we', 'will', 'see,',
  'President', 'Kremlin', 'spokesman', 'Dmitry', 'he', 'she', 'late', 'December', '—', 'of', 'peace', 'Ukraine', 'China', 'not',
];

const SENTENCES = [
  '“We will see,” Kremlin spokesman Dmitry Peskov told reporters on Monday.',
  'Chinese Foreign Minister Qin Gang said the talks in Beijing would go on, according to a statement.',
  'The Russian leader, he said, had no plans to travel last week.',
  '"It is a plan for peace," she added, adding: We will see what happens in late December.',
  'According to officials in Kyiv, the U.S. sent 3.5 million dollars on March 17, 2023.',
  'Q: Will you meet him? A: Not this year, Ava Jones wrote.',
];

/** Brackets and quotes opened `depth` times, then closed in mirror order, around one word. */
function nested(opens: readonly string[], closes: readonly string[], depth: number): string {
  const before: string[] = [];
  const after: string[] = [];
  for (let i = 0; i < depth; i++) {
    before.push(opens[i % opens.length]);
    after.push(closes[i % closes.length]);
  }
  return before.join('') + 'word' + after.reverse().join('');
}

interface PathologicalResult {
  milliseconds: number;
  violations: string[];
  counts: Record<string, number>;
}

/**
 * Analyses the text in a worker thread and checks the span invariants there, so an input that never
 * does not finish is stopped after `limitMs` instead of hanging the whole test run.
 */
function analyzeInWorker(text: string, limitMs: number): Promise<PathologicalResult> {
  const workerSource = `
    const { parentPort, workerData } = require('worker_threads');
    const { analyze } = require(workerData.engine);
    const { analysisViolations } = require(workerData.checks);
    const started = performance.now();
    const analysis = analyze(workerData.text);
    const milliseconds = performance.now() - started;
    parentPort.postMessage({
      milliseconds,
      violations: analysisViolations(workerData.text, analysis),
      counts: {
        entities: analysis.entities.length,
        actors: analysis.actors.length,
        quotes: analysis.quotes.length,
        claims: analysis.claims.length,
        sentences: analysis.sentences.length,
        paragraphs: analysis.stats.paragraphs,
      },
    });
  `;
  const workerData = { text, engine: require.resolve('../../src/analysis'), checks: require.resolve('../support/arbitraries') };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`analysis of ${text.length} characters did not finish within ${limitMs / 1000} s`));
    }, limitMs);
    worker.once('message', (result: PathologicalResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The engine's own time per input (without building the text, the worker's start-up or the checks), printed after the suite for the performance work. */
const engineTimes: string[] = [];

/** Declares one input: it must finish and give an Analysis whose every span holds. */
function itFinishesConsistently(title: string, makeText: () => string, expect?: (result: PathologicalResult) => void): void {
  it(title, async function () {
    const text = makeText();
    const limitMs = limitFor(text);
    this.timeout(limitMs + 30_000);
    this.slow(5_000);
    const megabytes = text.length / MEGABYTE;
    let result: PathologicalResult;
    try {
      result = await analyzeInWorker(text, limitMs);
    } catch (error) {
      engineTimes.push(`${title}: not finished after ${limitMs / 1000} s`);
      throw error;
    }
    engineTimes.push(`${title}: ${Math.round(result.milliseconds)} ms (${(megabytes / (result.milliseconds / 1000)).toPrecision(2)} MB/s)`);
    assert.deepStrictEqual(result.violations, [], `${title}: ${result.violations.length} kinds of broken span`);
    expect?.(result);
  });
}

describe('engine on pathological inputs: finishes, spans hold [stress]', () => {
  after(() => {
    if (engineTimes.length > 0) console.log(`\n  Engine time per pathological input:\n${engineTimes.map((line) => `    ${line}`).join('\n')}`);
  });

  itFinishesConsistently('1 MB single line of prose without full stops', () => wordsFrom(PROSE_WORDS, MEGABYTE, 1));

  for (const mark of QUOTE_MARKS) {
    itFinishesConsistently(`1 MB of the quote mark ${JSON.stringify(mark)}`, () => filled(mark, MEGABYTE));
  }
  itFinishesConsistently('1 MB of every quote mark in turn', () => filled(QUOTE_MARKS.join(''), MEGABYTE));
  itFinishesConsistently('1 MB of quote marks in random order, some with words between', () => {
    const next = randomSequence(7);
    const parts: string[] = [];
    let size = 0;
    while (size < MEGABYTE) {
      const part = next() < 0.8 ? QUOTE_MARKS[Math.floor(next() * QUOTE_MARKS.length)] : next() < 0.5 ? ' ' : ' said ';
      parts.push(part);
      size += part.length;
    }
    return parts.join('').slice(0, MEGABYTE);
  });

  itFinishesConsistently('1 MB of distinct capitalised words', () => capitalisedWords(MEGABYTE, 3));
  itFinishesConsistently('1 MB of the same capitalised names and titles', () => filled('President Ava Jones Kremlin Dmitry Peskov Moscow ', MEGABYTE));
  itFinishesConsistently('1 MB of "he said, she said, "', () => filled('he said, she said, ', MEGABYTE));
  itFinishesConsistently('1 MB of digits', () => filled('0123456789', MEGABYTE));
  itFinishesConsistently('1 MB of one long word', () => filled('abcdefghijklmnopqrstuvwxyz', MEGABYTE));
  itFinishesConsistently('200,000 empty lines', () => '\n'.repeat(200_000), (result) => assert.strictEqual(result.counts.paragraphs, 0));
  itFinishesConsistently('200,000 empty CRLF lines after a date header', () => ` date 2023-03-17 ${'\r\n'.repeat(200_000)}`);
  itFinishesConsistently('a 5 MB single line of news sentences', () => wordsFrom(SENTENCES, 5 * MEGABYTE, 11));
  itFinishesConsistently('100,000 paragraphs of one word', () => {
    const words = ['Peskov', 'said', 'Moscow', 'Monday', '“Yes', 'no.”', 'Jones', 'A:'];
    const paragraphs: string[] = [];
    for (let i = 0; i < 100_000; i++) paragraphs.push(words[i % words.length]);
    return paragraphs.join('\n\n');
  }, (result) => assert.strictEqual(result.counts.paragraphs, 100_000));
  itFinishesConsistently('brackets nested 100,000 deep', () => nested(['(', '[', '{', '<'], [')', ']', '}', '>'], 100_000));
  itFinishesConsistently('quotes nested 100,000 deep, alternating double and single', () => nested(['“', '‘'], ['”', '’'], 100_000));
  itFinishesConsistently('quotes and brackets nested 100,000 deep in every style', () => nested(['«', '(', '„', '‹', '「', '『', '"', "'", '‚'], ['»', ')', '“', '›', '」', '』', '"', "'", '‘'], 100_000));
  itFinishesConsistently('1 MB of quotes opened and never closed, with speech between', () => filled('“He said ‘we ', MEGABYTE));
});

/**
 * One sentence that yields an item (a name, a cue, a claim) every few characters, at the sizes where spreading a
 * sentence's items into a call used to overflow the stack: 2 MB, which the command-line tool reads whole, and
 * 16 MB, the largest document the editor analyses by default.
 */
describe('engine on one sentence of hundreds of thousands of claims: finishes, spans hold [stress]', () => {
  const unit = 'Jones said yes, ';
  for (const repeats of [130_000, 1_048_576]) {
    const megabytes = Math.round((unit.length * repeats) / MEGABYTE);
    itFinishesConsistently(`${JSON.stringify(unit)} × ${repeats.toLocaleString('en')} (${megabytes} MB, one sentence)`, () => unit.repeat(repeats), (result) => {
      assert.strictEqual(result.counts.sentences, 1);
      assert.ok(result.counts.claims >= repeats - 2, `${result.counts.claims} claims for ${repeats} cues`);
    });
  }
});
