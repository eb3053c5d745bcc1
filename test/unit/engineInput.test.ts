// Unit tests of the engine's public API against input of the wrong kind, as plain JavaScript callers may pass it.
import { strict as assert } from 'assert';
import { analyze, DocumentAnalyzer, InvalidInputError } from '../../src/analysis';

/** Calls the API as plain JavaScript would, bypassing the types. */
const analyzeUntyped = analyze as (text: unknown, options?: unknown) => ReturnType<typeof analyze>;
const Analyzer = DocumentAnalyzer as unknown as new (options?: unknown) => { analyze(text: unknown): ReturnType<typeof analyze> };

function throwsNaming(work: () => unknown, argument: string): void {
  assert.throws(work, (error: unknown) => {
    assert.ok(error instanceof InvalidInputError, `expected an InvalidInputError, got ${String(error)}`);
    assert.ok(error instanceof TypeError, 'an InvalidInputError is a TypeError');
    assert.equal(error.argument, argument);
    assert.ok(error.message.includes(argument), `the message names ${argument}: ${error.message}`);
    return true;
  });
}

describe('engine input', () => {
  const text = 'Mayor Ines Kober said the pier would reopen in May.';

  it('throws an InvalidInputError naming the text when it is not a string', () => {
    throwsNaming(() => analyzeUntyped(42), 'text');
    throwsNaming(() => analyzeUntyped(undefined), 'text');
    throwsNaming(() => new Analyzer().analyze({ text }), 'text');
  });

  it('throws an InvalidInputError naming the option when an option is of the wrong kind', () => {
    throwsNaming(() => analyzeUntyped(text, 'options'), 'options');
    throwsNaming(() => analyzeUntyped(text, [1, 2]), 'options');
    throwsNaming(() => analyzeUntyped(text, { knownActors: 'x' }), 'options.knownActors');
    throwsNaming(() => analyzeUntyped(text, { knownActors: [null] }), 'options.knownActors[0]');
    throwsNaming(() => analyzeUntyped(text, { knownActors: [{ name: 'Ines Kober', type: 'PERSON' }, { name: 7, type: 'ORG' }] }), 'options.knownActors[1].name');
    throwsNaming(() => analyzeUntyped(text, { knownActors: [{ name: 'Ines Kober', type: 'person' }] }), 'options.knownActors[0].type');
    throwsNaming(() => analyzeUntyped(text, { knownActors: [{ name: 'Ines Kober', type: 'PERSON', aliases: 'Kober' }] }), 'options.knownActors[0].aliases');
    throwsNaming(() => analyzeUntyped(text, { ignoreNames: [1, null] }), 'options.ignoreNames[0]');
    throwsNaming(() => analyzeUntyped(text, { ignoreNames: 'Kober' }), 'options.ignoreNames');
    throwsNaming(() => analyzeUntyped(text, { documentDate: 20230101 }), 'options.documentDate');
    throwsNaming(() => analyzeUntyped(text, { document: { name: 'x' } }), 'options.document');
    throwsNaming(() => new Analyzer({ ignoreNames: [undefined] }), 'options.ignoreNames[0]');
  });

  it('says what it received without quoting it', () => {
    assert.throws(() => analyzeUntyped(text, { ignoreNames: ['Kober', { secret: 'do not echo' }] }), (error: unknown) => {
      assert.ok(error instanceof InvalidInputError);
      assert.equal(error.message, 'Source Lens: options.ignoreNames[1] must be a string, not an object.');
      return true;
    });
  });

  it('reads absent or null options as none, and leaves unknown options alone', () => {
    const plain = analyze(text);
    for (const options of [undefined, null, {}, { colour: 'blue' }]) {
      const result = analyzeUntyped(text, options);
      assert.deepEqual({ ...result, stats: { ...result.stats, elapsedMs: 0 } }, { ...plain, stats: { ...plain.stats, elapsedMs: 0 } });
    }
  });

  it('analyses with well-formed options as before', () => {
    const result = analyze(text, { document: 'pier.txt', documentDate: '2024-03-01', ignoreNames: [], knownActors: [{ name: 'Ines Kober', type: 'PERSON', aliases: ['Kober'] }] });
    assert.equal(result.document, 'pier.txt');
    assert.equal(result.documentDate, '2024-03-01');
    assert.ok(result.actors.some((actor) => actor.name === 'Ines Kober'));
    // A date string that is no calendar date stays a warning, as documented, not an error.
    assert.ok(analyze(text, { documentDate: '2023-13-45' }).warnings.some((warning) => warning.includes('2023-13-45')));
  });
});
