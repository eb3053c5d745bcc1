import { strict as assert } from 'assert';
import { normaliseIsoDate, parseDocumentDateHeader } from '../../src/analysis/dates/documentDate';

describe('parseDocumentDateHeader', () => {
  it('reads the inline header after leading whitespace and spans the date itself', () => {
    const text = ' date 2023-03-17 Chinese President Xi Jinping plans to visit Russia.';
    const header = parseDocumentDateHeader(text);
    assert.ok(header);
    assert.equal(header.date, '2023-03-17');
    assert.equal(text.slice(header.start, header.end), '2023-03-17');
  });

  it('reads a header at the very start and one that is the whole text', () => {
    assert.equal(parseDocumentDateHeader('date 2024-02-29\nBody.')?.date, '2024-02-29');
    assert.deepEqual(parseDocumentDateHeader('date 2024-02-29'), { date: '2024-02-29', start: 5, end: 15 });
  });

  it('ignores a date that is not at the start of the text', () => {
    assert.equal(parseDocumentDateHeader('Published date 2023-03-17 in Beijing.'), null);
    assert.equal(parseDocumentDateHeader('The date 2023-03-17 was chosen.'), null);
  });

  it('rejects days that do not exist and dates glued to more characters', () => {
    assert.equal(parseDocumentDateHeader(' date 2023-02-29 text'), null);
    assert.equal(parseDocumentDateHeader(' date 2023-13-01 text'), null);
    assert.equal(parseDocumentDateHeader(' date 2023-03-171 text'), null);
    assert.equal(parseDocumentDateHeader(' date 2023-03-17T10:00 text'), null);
    assert.equal(parseDocumentDateHeader(' date 23-03-17 text'), null);
    assert.equal(parseDocumentDateHeader(' dated 2023-03-17 text'), null);
  });

  it('returns null for empty and non-date text without throwing', () => {
    assert.equal(parseDocumentDateHeader(''), null);
    assert.equal(parseDocumentDateHeader(' '.repeat(100_000)), null);
    assert.equal(parseDocumentDateHeader('date'), null);
  });
});

describe('normaliseIsoDate', () => {
  it('returns a valid YYYY-MM-DD unchanged, trimmed of surrounding space', () => {
    assert.equal(normaliseIsoDate('2023-03-17'), '2023-03-17');
    assert.equal(normaliseIsoDate('  2023-03-17\n'), '2023-03-17');
  });

  it('pads one-digit months and days and accepts slash or dot separators', () => {
    assert.equal(normaliseIsoDate('2023-3-7'), '2023-03-07');
    assert.equal(normaliseIsoDate('2023/03/17'), '2023-03-17');
    assert.equal(normaliseIsoDate('2023.03.17'), '2023-03-17');
  });

  it('knows leap years', () => {
    assert.equal(normaliseIsoDate('2024-02-29'), '2024-02-29');
    assert.equal(normaliseIsoDate('2000-02-29'), '2000-02-29');
    assert.equal(normaliseIsoDate('1900-02-29'), null);
    assert.equal(normaliseIsoDate('2023-02-29'), null);
  });

  it('rejects anything that is not a real calendar date', () => {
    for (const value of ['', 'yesterday', '2023-00-10', '2023-04-31', '2023-03', '17-03-2023', '2023-03-17-01', '2023-03/17', '+2023-03-17', '2023-03-1a']) {
      assert.equal(normaliseIsoDate(value), null, value);
    }
  });
});
