// Proves settings are read defensively and that the correction helpers write what the user meant.
import * as assert from 'assert';
import { analyzerOptionsKey, knownActors, readSettings, withIgnoredNames, withMergedActor } from '../../src/settings/config';

function source(values: Record<string, unknown>): { get<T>(key: string): T | undefined } {
  return { get: <T>(key: string) => values[key] as T | undefined };
}

describe('config', () => {
  it('falls back to defaults for missing or malformed values', () => {
    const settings = readSettings(source({ languages: 'plaintext', debounceMs: -5, maxFileSizeMB: 'big', documentDate: '17 March' }));
    assert.deepStrictEqual(settings.languages, ['plaintext', 'markdown', 'source-document']);
    assert.strictEqual(settings.debounceMs, 300);
    assert.strictEqual(settings.maxFileSizeChars, 16 * 1024 * 1024);
    assert.strictEqual(settings.documentDate, undefined);
    assert.ok(Object.values(settings.highlights).every((enabled) => enabled));
  });

  it('reads each highlight kind and the limits', () => {
    const settings = readSettings(source({ 'highlight.date': false, maxFileSizeMB: 0.5, debounceMs: 0, documentDate: '2024-01-02' }));
    assert.strictEqual(settings.highlights.date, false);
    assert.strictEqual(settings.highlights.person, true);
    assert.strictEqual(settings.maxFileSizeChars, 512 * 1024);
    assert.strictEqual(settings.debounceMs, 0);
    assert.strictEqual(settings.documentDate, '2024-01-02');
  });

  it('keeps only well-formed known actors', () => {
    assert.deepStrictEqual(
      knownActors([
        { name: ' Qin Gang ', type: 'PERSON', aliases: ['Qin', 3, ''] },
        { name: 'Nobody', type: 'ALIEN' },
        { type: 'ORG' },
        'Kremlin',
        { name: 'Kremlin', type: 'ORG' },
      ]),
      [
        { name: 'Qin Gang', type: 'PERSON', aliases: ['Qin'] },
        { name: 'Kremlin', type: 'ORG' },
      ],
    );
  });

  it('changes the analyzer options key only when what the engine reads changes', () => {
    const base = readSettings(source({}));
    assert.strictEqual(analyzerOptionsKey(base), analyzerOptionsKey(readSettings(source({ debounceMs: 10 }))));
    assert.notStrictEqual(analyzerOptionsKey(base), analyzerOptionsKey(readSettings(source({ ignoreNames: ['Both China'] }))));
  });

  it('adds ignored names once, whatever their letter case', () => {
    assert.deepStrictEqual(withIgnoredNames(['Both China'], ['both china', ' Monday ', 'Monday']), ['Both China', 'Monday']);
  });

  it('creates a known actor carrying the merged names', () => {
    assert.deepStrictEqual(withMergedActor([], { name: 'Volodymyr Zelenskyy', type: 'PERSON' }, ['Zelenskyys', 'Zelenskyy']), [
      { name: 'Volodymyr Zelenskyy', type: 'PERSON', aliases: ['Zelenskyys', 'Zelenskyy'] },
    ]);
  });

  it('extends an existing entry and folds in an earlier entry of the merged actor', () => {
    const merged = withMergedActor(
      [
        { name: 'Qin', type: 'PERSON', aliases: ['Mr Qin'] },
        { name: 'Qin Gang', type: 'PERSON', aliases: ['Gang'] },
        { name: 'Kremlin', type: 'ORG' },
      ],
      { name: 'Qin Gang', type: 'PERSON' },
      ['Qin', 'qin gang'],
    );
    assert.deepStrictEqual(merged, [
      { name: 'Qin Gang', type: 'PERSON', aliases: ['Gang', 'Qin', 'Mr Qin'] },
      { name: 'Kremlin', type: 'ORG' },
    ]);
  });
});
