import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findDates, type FoundDate } from '../../src/analysis/dates';
import { parseDocumentDateHeader } from '../../src/analysis/documentDate';
import { findRepoRoot } from '../support/fixtures';

/** Friday 17 March 2023, the seed article's date. */
const FRIDAY = '2023-03-17';

function dates(text: string, documentDate: string | null = FRIDAY): FoundDate[] {
  return findDates(text, [], documentDate);
}

/** The one date whose text is `phrase`, failing with everything found when it is missing. */
function dateFor(text: string, phrase: string, documentDate: string | null = FRIDAY): FoundDate {
  const found = dates(text, documentDate);
  const match = found.find((date) => date.text === phrase);
  assert.ok(match, `no date "${phrase}" in ${JSON.stringify(found.map((date) => date.text))}`);
  return match;
}

function valueOf(text: string, phrase: string, documentDate: string | null = FRIDAY): string | undefined {
  return dateFor(text, phrase, documentDate).value;
}

/** The invariants every result must keep: slices equal texts, spans in bounds, sorted and disjoint. */
function assertWellFormed(text: string, found: FoundDate[]): void {
  let previousEnd = 0;
  for (const date of found) {
    assert.ok(date.start >= previousEnd, `overlap or disorder at ${date.start}`);
    assert.ok(date.end > date.start && date.end <= text.length, `span out of bounds: ${date.start}-${date.end}`);
    assert.equal(text.slice(date.start, date.end), date.text);
    previousEnd = date.end;
  }
}

describe('findDates: written and ISO dates', () => {
  it('reads ISO dates and full written dates in both orders', () => {
    assert.equal(valueOf('The ceasefire began on 2023-03-14 at dawn.', '2023-03-14'), '2023-03-14');
    assert.equal(valueOf('It was signed on March 17, 2023, in Moscow.', 'March 17, 2023'), '2023-03-17');
    assert.equal(valueOf('It was signed on 17 March 2023 in Moscow.', '17 March 2023'), '2023-03-17');
    assert.equal(valueOf('It was signed on the 17th of March 2023.', '17th of March 2023'), '2023-03-17');
    assert.equal(valueOf('Talks resume Monday, March 20, officials said.', 'Monday, March 20'), '2023-03-20');
  });

  it('reads a month with a year, and a year alone', () => {
    assert.equal(valueOf('The scheme opened in September 2021.', 'September 2021'), '2021-09');
    assert.equal(valueOf('The database was unveiled in 1999 as a pilot.', '1999'), '1999');
    assert.equal(valueOf('Between 2001 and 2003, output doubled.', '2003'), '2003');
  });

  it('resolves an abbreviated month and day by tense', () => {
    assert.equal(valueOf('The attack happened on Sept. 8 near the border.', 'Sept. 8'), '2022-09-08');
    assert.equal(valueOf('The summit will open on Sept. 8 in Delhi.', 'Sept. 8'), '2023-09-08');
  });

  it('resolves "mid-March", "late December" and "early next year"', () => {
    assert.equal(valueOf('Prices peaked in mid-March.', 'mid-March'), '2023-03');
    assert.equal(valueOf('The two men held a video call in late December.', 'late December'), '2022-12');
    assert.equal(valueOf('Hearings could begin early next year.', 'early next year'), '2024');
    assert.equal(valueOf('He met them late last year.', 'late last year'), '2022');
  });

  it('does not read counts, labels or money as years', () => {
    const text = 'Resolution 1441 passed; 2000 people marched; it cost $1999; 1,500 troops and 2.5 percent.';
    assert.deepEqual(dates(text).map((date) => date.text), []);
  });

  it('finds decades and centuries without inventing a value', () => {
    const decade = dateFor('Investment has grown since the 1950s.', 'the 1950s');
    assert.equal(decade.value, undefined);
    assert.ok(dates('Trade flourished in the 17th and 18th centuries.').some((date) => date.text === 'the 17th and 18th centuries'));
  });
});

describe('findDates: weekdays', () => {
  it('points a weekday back in a past-tense sentence', () => {
    assert.equal(valueOf('The talks began on Wednesday.', 'Wednesday'), '2023-03-15');
    assert.equal(valueOf('On Thursday, the minister contacted his counterpart.', 'Thursday'), '2023-03-16');
  });

  it('points a weekday forward in a future or scheduled sentence', () => {
    assert.equal(valueOf('Xi plans to visit Russia from Monday to Wednesday.', 'Monday'), '2023-03-20');
    assert.equal(valueOf('Xi plans to visit Russia from Monday to Wednesday.', 'Wednesday'), '2023-03-22');
    assert.equal(valueOf('Broader talks are scheduled for Tuesday.', 'Tuesday'), '2023-03-21');
    assert.equal(valueOf('The vote will be held on Tuesday.', 'Tuesday'), '2023-03-21');
  });

  it("reads the document's own weekday as the document date in either tense", () => {
    assert.equal(valueOf('Both countries announced the trip on Friday.', 'Friday'), FRIDAY);
    assert.equal(valueOf('The leaders will speak on Friday.', 'Friday'), FRIDAY);
  });

  it('lets the nearest cue decide, not a reporting verb about the statement', () => {
    assert.equal(valueOf('Peskov said Putin and Xi would have dinner on Monday.', 'Monday'), '2023-03-20');
    assert.equal(valueOf('Xi will visit Moscow on Monday, the Kremlin said.', 'Monday'), '2023-03-20');
    assert.equal(valueOf('Putin said on Tuesday that Russia will respond.', 'Tuesday'), '2023-03-14');
  });

  it('takes the nearest such day when the sentence has no tense cue', () => {
    assert.equal(valueOf('Monday: talks in Moscow.', 'Monday'), '2023-03-20');
    assert.equal(valueOf('Tuesday: talks in Moscow.', 'Tuesday'), '2023-03-14');
  });

  it('reads "last Friday" and "next Friday" as the week before and after', () => {
    assert.equal(valueOf('They met last Friday.', 'last Friday'), '2023-03-10');
    assert.equal(valueOf('They meet next Friday.', 'next Friday'), '2023-03-24');
  });

  it('uses the caller\'s sentence spans to bound the tense cues', () => {
    const text = 'Protesters gathered outside. Monday brings new talks';
    // With its own sentences, "gathered" is in another sentence: no cue, so the nearest Monday.
    assert.equal(valueOf(text, 'Monday'), '2023-03-20');
    // The caller says it is one sentence: the past-tense verb now points Monday back.
    const oneSentence = findDates(text, [{ start: 0, end: text.length }], FRIDAY);
    assert.equal(oneSentence.find((date) => date.text === 'Monday')?.value, '2023-03-13');
  });

  it('skips a weekday that names a newspaper', () => {
    assert.deepEqual(dates('The Sunday Times reported it.').map((date) => date.text), []);
  });
});

describe('findDates: months without a year', () => {
  it('takes the most recent such month in the past tense, across the year boundary', () => {
    assert.equal(valueOf('The army has been on alert since October.', 'October'), '2022-10');
    assert.equal(valueOf('In March, blueprints were found in the trash.', 'March', '2008-08-15'), '2008-03');
    assert.equal(valueOf('Prices fell in December.', 'December', '2023-01-10'), '2022-12');
  });

  it('takes the next such month in the future tense, across the year boundary', () => {
    assert.equal(valueOf('Elections will be held in February.', 'February', '2022-11-30'), '2023-02');
    assert.equal(valueOf('We expect more families to sign up by March.', 'March', '2024-11-20'), '2025-03');
  });

  it('keeps each clause to its own tense', () => {
    const text = 'Forty families signed up in October, and we expect more by March.';
    assert.equal(valueOf(text, 'October', '2024-11-20'), '2024-10');
    assert.equal(valueOf(text, 'March', '2024-11-20'), '2025-03');
  });

  it('reads a state postponed "until" a time as pointing forward', () => {
    assert.equal(valueOf('The reopening has been postponed until autumn.', 'autumn', '2025-02-14'), '2025-FA');
    assert.equal(valueOf('The curfew lasted until March.', 'March', '2023-05-10'), '2023-03');
  });

  it('reads "May" as a month only where it cannot be the verb or a name', () => {
    assert.deepEqual(dates('May I ask a question? Officials may meet.').map((date) => date.text), []);
    assert.deepEqual(dates('Prime Minister Theresa May said so.').map((date) => date.text), []);
    assert.deepEqual(dates('May be a long night.').map((date) => date.text), []);
    assert.equal(valueOf('In May, Maxime Bernier was forced to resign.', 'May', '2008-08-15'), '2008-05');
    assert.equal(valueOf('Crude oil for May delivery fell.', 'May', '2008-06-02'), '2008-05');
    assert.equal(valueOf('The vote is on May 5.', 'May 5'), '2023-05-05');
  });

  it('does not read the first names April and June as months', () => {
    assert.deepEqual(dates('April Ryan and June Carter spoke.').map((date) => date.text), []);
    assert.ok(dates('It rained from April to June.').every((date) => date.value !== undefined));
    assert.deepEqual(dates('It rained from April to June.').map((date) => date.text), ['April', 'June']);
  });
});

describe('findDates: relative expressions', () => {
  it('resolves days around the document date', () => {
    assert.equal(valueOf('The CBC received it today.', 'today'), FRIDAY);
    assert.equal(valueOf('It rained yesterday.', 'yesterday'), '2023-03-16');
    assert.equal(valueOf('It will rain tomorrow.', 'tomorrow'), '2023-03-18');
    assert.equal(valueOf('Shots were heard last night.', 'last night'), '2023-03-16');
  });

  it('resolves last/this/next week as ISO weeks', () => {
    assert.equal(valueOf('Its success last week surprised many.', 'last week'), '2023-W10');
    assert.equal(valueOf('The deal was signed this week.', 'this week'), '2023-W11');
    assert.equal(valueOf('Talks continue next week.', 'next week'), '2023-W12');
    // 3 January 2023 is in ISO week 1, so the week before belongs to 2022.
    assert.equal(valueOf('It happened last week.', 'last week', '2023-01-03'), '2022-W52');
  });

  it('resolves last/this/next month and year, across the year boundary', () => {
    assert.equal(valueOf('Last month, China called for a ceasefire.', 'Last month'), '2023-02');
    assert.equal(valueOf('The law is expected next month.', 'next month'), '2023-04');
    assert.equal(valueOf('Prices rose last month.', 'last month', '2023-01-10'), '2022-12');
    assert.equal(valueOf('Beijing declared last year that it would help.', 'last year'), '2022');
    assert.equal(valueOf('The plan for this year is ready.', 'this year'), '2023');
    assert.equal(valueOf('Shares fell earlier this month.', 'earlier this month'), '2023-03');
  });

  it('resolves "two years ago" and "a week ago" at their own granularity', () => {
    assert.equal(valueOf('The agency recommended it two years ago.', 'two years ago', '2023-02-23'), '2021');
    assert.equal(valueOf('A spill occurred a week ago.', 'a week ago'), '2023-W10');
    assert.equal(valueOf('It happened three days ago.', 'three days ago'), '2023-03-14');
    assert.equal(valueOf('It began several years ago.', 'several years ago'), undefined);
  });

  it('reads "year end" as the document year', () => {
    assert.equal(valueOf('The backlog is to be cleared by year end.', 'year end', '2023-02-23'), '2023');
    assert.equal(valueOf('Targets for the year-end review.', 'year-end', '2023-02-23'), '2023');
  });

  it('finds "the past decade" and "the next two years" as periods without a value', () => {
    assert.equal(valueOf('She has spent the past decade counting corals.', 'the past decade'), undefined);
    assert.equal(valueOf('Aid will flow over the next two years.', 'the next two years'), undefined);
  });
});

describe('findDates: seasons', () => {
  it('reads "last summer" as the latest summer already over', () => {
    assert.equal(valueOf('People who applied before last summer.', 'last summer', '2023-02-23'), '2022-SU');
    assert.equal(valueOf('People who applied before last summer.', 'last summer', '2023-10-05'), '2023-SU');
    assert.equal(valueOf('People who applied before last summer.', 'last summer', '2023-07-10'), '2022-SU');
  });

  it('reads "next"/"this" seasons and winter across the year boundary', () => {
    assert.equal(valueOf('Work starts next spring.', 'next spring', '2023-02-23'), '2023-SP');
    assert.equal(valueOf('Work starts next spring.', 'next spring', '2023-04-10'), '2024-SP');
    assert.equal(valueOf('Snow fell this winter.', 'this winter', '2023-01-15'), '2022-WI');
    assert.equal(valueOf('Exports rose in the summer of 2022.', 'summer of 2022'), '2022-SU');
  });

  it('does not read "spring" or "fall" as seasons where they are ordinary words', () => {
    assert.deepEqual(dates('Prices may fall as the spring dries up.').map((date) => date.text), []);
  });
});

describe('findDates: without a document date', () => {
  it('finds relative dates but leaves their value undefined', () => {
    const text = 'On Monday the minister said last week was hard, and talks resume next month.';
    const found = findDates(text, [], null);
    assert.deepEqual(found.map((date) => date.text), ['Monday', 'last week', 'next month']);
    assert.ok(found.every((date) => date.value === undefined));
  });

  it('still gives absolute dates their value', () => {
    const found = findDates('Signed on 2023-03-17, in force from March 2024, reviewed in 2030.', [], null);
    assert.deepEqual(found.map((date) => [date.text, date.value]), [['2023-03-17', '2023-03-17'], ['March 2024', '2024-03'], ['2030', '2030']]);
  });

  it('treats an invalid document date like a missing one', () => {
    assert.equal(findDates('It rained yesterday.', [], '2023-02-30')[0]?.value, undefined);
  });
});

describe('findDates: spans and ranges', () => {
  it('returns spans equal to their slices, sorted and disjoint', () => {
    const text = 'On Monday, March 20, 2023, after talks last week and since October, Xi (who visited in 1999) left the 1990s behind two years ago.';
    const found = dates(text);
    assertWellFormed(text, found);
    assert.deepEqual(found.map((date) => date.text), ['Monday, March 20, 2023', 'last week', 'October', '1999', 'the 1990s', 'two years ago']);
  });

  it('scans only text[from, to) and keeps offsets in the whole text', () => {
    const text = 'Monday first. Then Tuesday. Then Wednesday.';
    const from = text.indexOf('Then');
    const to = text.indexOf('. Then W');
    const found = findDates(text, [], FRIDAY, from, to);
    assert.deepEqual(found.map((date) => [date.text, date.start]), [['Tuesday', text.indexOf('Tuesday')]]);
  });

  it('finds every date of the seed article with its gold text, line and value', () => {
    const root = findRepoRoot();
    const folder = path.join(root, 'test', 'fixtures', 'seed');
    const text = fs.readFileSync(path.join(folder, '000_3f34881810dbdd74.txt'), 'utf8');
    const gold = JSON.parse(fs.readFileSync(path.join(folder, '000_3f34881810dbdd74.gold.json'), 'utf8')) as { dates: { text: string; line: number; value: string }[] };
    const documentDate = parseDocumentDateHeader(text)?.date ?? null;
    assert.equal(documentDate, FRIDAY);
    const found = findDates(text, [], documentDate).map((date) => ({ ...date, line: text.slice(0, date.start).split('\n').length }));
    assertWellFormed(text, found);
    const unmatched = [...found];
    const problems: string[] = [];
    for (const expected of gold.dates) {
      const index = unmatched.findIndex((date) => date.line === expected.line && date.text === expected.text);
      const match = unmatched[index];
      if (match === undefined) {
        problems.push(`missing "${expected.text}" on line ${expected.line}`);
        continue;
      }
      unmatched.splice(index, 1);
      if (match.value !== expected.value) problems.push(`"${expected.text}" line ${expected.line}: ${match.value} instead of ${expected.value}`);
    }
    assert.deepEqual(problems, []);
    assert.equal(gold.dates.length, 15);
  });
});

describe('findDates: pathological inputs', () => {
  const size = 1_000_000;

  it('handles a megabyte of digits as one number, not a date', () => {
    const text = '7'.repeat(size);
    assert.deepEqual(findDates(text, [], FRIDAY), []);
  });

  it('handles a megabyte-long single line of letters and one of punctuation', () => {
    assert.deepEqual(findDates('a'.repeat(size), [], FRIDAY), []);
    assert.deepEqual(findDates('.-/,'.repeat(size / 4), [], FRIDAY), []);
    assert.deepEqual(findDates("'".repeat(size), [], FRIDAY), []);
  });

  it('handles digit-dash runs that look like the start of a date', () => {
    const text = '1-1-'.repeat(size / 4);
    assertWellFormed(text, findDates(text, [], FRIDAY));
    const isoRun = '2023-03-17-'.repeat(size / 11);
    assertWellFormed(isoRun, findDates(isoRun, [], FRIDAY));
  });

  it('finds every weekday in a megabyte that is one sentence', () => {
    const count = Math.floor(size / 7);
    const text = 'Monday '.repeat(count);
    const found = findDates(text, [{ start: 0, end: text.length }], FRIDAY);
    assert.equal(found.length, count);
    assertWellFormed(text, found);
    assert.ok(found.every((date) => date.value === '2023-03-20'));
  });

  it('reads a megabyte of "May" as no month at all', () => {
    assert.deepEqual(findDates('May '.repeat(size / 4), [], FRIDAY), []);
  });

  it('survives text full of astral symbols, lone surrogates and odd spaces', () => {
    const text = `😀\uD800 Monday\u00a0last\u2003week 𝟙𝟡𝟡𝟡 \uDC00 2023-03-17`.repeat(1000);
    const found = findDates(text, [], FRIDAY);
    assertWellFormed(text, found);
    assert.equal(found.filter((date) => date.text === '2023-03-17').length, 1000);
  });
});
