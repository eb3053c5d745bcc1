// Unit tests of calendar arithmetic over the whole range a date value can be written in, 0001–9999, and of the one
// date validator every entry point shares.
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, normaliseIsoDate, parseDocumentDateHeader } from '../../src/analysis';
import { civilDate, dayNumber, easterSunday, isoWeekday, isoWeekValue } from '../../src/analysis/dates/calendar';
import { findDates } from '../../src/analysis/dates/findDates';
import { run, type CliIo } from '../../src/cli/main';

/** The JavaScript Date of a day, built with setUTCFullYear, which (unlike Date.UTC) keeps years 0–99 as written. */
function jsDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

const MS_PER_DAY = 86_400_000;
const FIRST_DAY = dayNumber(1, 1, 1);
const LAST_DAY = dayNumber(9999, 12, 31);

/** The values found for each date expression of `text`, against the document date `documentDate`. */
function values(text: string, documentDate: string): Array<[string, string | undefined]> {
  return findDates(text, [], documentDate).map((date) => [date.text, date.value]);
}

describe('calendar arithmetic', () => {
  it('numbers every day of 0001–9999 as JavaScript dates do, and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (days) => {
        const date = new Date(days * MS_PER_DAY);
        const civil = civilDate(days);
        assert.deepEqual(civil, { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        assert.equal(dayNumber(civil.year, civil.month, civil.day), days);
        assert.equal(isoWeekday(days), date.getUTCDay() === 0 ? 7 : date.getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the first and last days of the range, and the days of the first century', () => {
    assert.equal(dayNumber(1970, 1, 1), 0);
    assert.equal(dayNumber(1, 1, 1) * MS_PER_DAY, jsDate(1, 1, 1).getTime());
    assert.equal(dayNumber(50, 3, 17) * MS_PER_DAY, jsDate(50, 3, 17).getTime());
    assert.equal(isoWeekday(dayNumber(1, 1, 1)), 1, '0001-01-01 was a Monday');
    assert.equal(isoWeekday(dayNumber(9999, 12, 31)), 5, '9999-12-31 is a Friday');
    assert.deepEqual(civilDate(dayNumber(100, 2, 28) + 1), { year: 100, month: 3, day: 1 }, 'the year 100 was not a leap year');
  });

  it('writes ISO weeks in the year of their Thursday, at both ends of the range', () => {
    assert.equal(isoWeekValue(dayNumber(2021, 1, 3)), '2020-W53');
    assert.equal(isoWeekValue(dayNumber(1, 1, 1)), '0001-W01');
    assert.equal(isoWeekValue(dayNumber(9999, 12, 31)), '9999-W52');
    assert.equal(isoWeekValue(dayNumber(1, 1, 1) - 1), undefined, 'the last week of the year 0 has no value');
  });

  it('finds Easter Sunday', () => {
    assert.deepEqual(civilDate(easterSunday(2024)), { year: 2024, month: 3, day: 31 });
    assert.deepEqual(civilDate(easterSunday(2000)), { year: 2000, month: 4, day: 23 });
    assert.equal(isoWeekday(easterSunday(33)), 7);
  });
});

describe('relative dates in the years 0001–0099 and 9999', () => {
  it('counts from a document dated in the first century in that century, not in the twentieth', () => {
    assert.deepEqual(values('It rained yesterday and will rain tomorrow. Next week too.', '0050-03-17'), [
      ['yesterday', '0050-03-16'],
      ['tomorrow', '0050-03-18'],
      ['Next week', '0050-W12'],
    ]);
    // 0050-03-17 was a Thursday.
    assert.deepEqual(values('She spoke on Monday.', '0050-03-17'), [['Monday', '0050-03-14']]);
    const analysis = analyze(' date 0050-03-17 The mayor said yesterday that the port would close.');
    assert.deepEqual(analysis.entities.filter((entity) => entity.text === 'yesterday').map((entity) => entity.value), ['0050-03-16']);
  });

  it('finds a date counted past either end of the range but gives it no value', () => {
    assert.deepEqual(values('Last year, yesterday and last week were dry; next week will not be.', '0001-01-01'), [
      ['Last year', undefined],
      ['yesterday', undefined],
      ['last week', undefined],
      ['next week', '0001-W02'],
    ]);
    assert.deepEqual(values('It rains tomorrow, next month and next year; yesterday was dry.', '9999-12-31'), [
      ['tomorrow', undefined],
      ['next month', undefined],
      ['next year', undefined],
      ['yesterday', '9999-12-30'],
    ]);
  });

  it('never writes a value outside 0001–9999, from any document date', () => {
    const text = [
      'Yesterday, tomorrow, last week, next month, next year, on Monday, on March 3, in the summer, at Easter,',
      'this weekend, in two weeks, the fourth quarter.',
    ].join(' ');
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), (days) => {
        const { year, month, day } = civilDate(days);
        const documentDate = [String(year).padStart(4, '0'), String(month).padStart(2, '0'), String(day).padStart(2, '0')].join('-');
        for (const [phrase, value] of values(text, documentDate)) {
          const year = value === undefined ? 1 : Number(value.slice(0, 4));
          assert.ok(/^\d{4}(-|$)/.test(value ?? '0001') && year >= 1 && year <= 9999, `${phrase} from ${documentDate}: ${value}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('one date validator for the header, the command line and callers', () => {
  it('accepts every day of 0001–9999 and nothing outside', () => {
    for (const date of ['0001-01-01', '0050-03-17', '0099-12-31', '9999-12-31', '0004-02-29']) {
      assert.equal(normaliseIsoDate(date), date);
      assert.equal(parseDocumentDateHeader(` date ${date} Text.`)?.date, date);
    }
    for (const date of ['0000-01-01', '0000-12-31', '10000-01-01', '0100-02-29', '2023-13-45']) {
      assert.equal(normaliseIsoDate(date), null, date);
      assert.equal(parseDocumentDateHeader(` date ${date} Text.`), null, date);
    }
  });

  it('lets the command line take --date 0001-01-01, as the header does', async () => {
    let stdout = '';
    let stderr = '';
    async function* input(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('The mayor said yesterday that the port would close.\n', 'utf8');
    }
    const io: CliIo = {
      stdout: { write: (text: string) => (stdout += text), isTTY: false },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: input(),
      env: {},
    };
    const status = await run(['analyze', '-', '--date', '0001-01-02'], io);
    assert.equal(status, 0, stderr);
    const analysis = JSON.parse(stdout) as { documentDate: string; entities: Array<{ text: string; value?: string }> };
    assert.equal(analysis.documentDate, '0001-01-02');
    assert.deepEqual(analysis.entities.filter((entity) => entity.text === 'yesterday').map((entity) => entity.value), ['0001-01-01']);
  });
});
