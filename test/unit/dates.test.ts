import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findDates, type FoundDate } from '../../src/analysis/dates/findDates';
import { parseDocumentDateHeader } from '../../src/analysis/dates/documentDate';
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

  it('does not read a month between an article and a capitalised word as a month ("the March Hare")', () => {
    assert.deepEqual(dates('Then the March Hare and a June Bride came in.').map((date) => date.text), []);
    assert.deepEqual(dates('The March figures came in March 2020.').map((date) => date.text), ['March', 'March 2020']);
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

describe('findDates: bare seasons', () => {
  it('finds a season after a preposition of time, with or without "the"', () => {
    assert.equal(valueOf('The board will take a decision before summer.', 'summer', '2024-05-10'), '2024-SU');
    assert.equal(valueOf('The road should be repaired by the winter.', 'winter', '2024-05-10'), '2024-WI');
    assert.equal(valueOf('The bridge will close for the summer.', 'summer', '2024-06-19'), '2024-SU');
    assert.equal(valueOf('A decision is expected ahead of the summer.', 'summer', '2024-03-19'), '2024-SU');
  });

  it('finds "spring" alone only after a preposition of time, and resolves it by tense', () => {
    // The document's own season is this year's whatever the tense.
    assert.equal(valueOf('In spring the herders move their flocks to the hills.', 'spring', '2024-05-10'), '2024-SP');
    assert.equal(valueOf('Work will resume in spring.', 'spring', '2024-11-10'), '2025-SP');
    assert.equal(valueOf('The flocks were moved in spring.', 'spring', '2024-11-10'), '2024-SP');
    assert.equal(valueOf('Prices may fall in spring.', 'spring', '2024-06-19'), '2025-SP');
  });

  it('takes the last occurrence in the past tense, winter labelled by its December', () => {
    assert.equal(valueOf('The station closed before winter.', 'winter', '2024-06-19'), '2023-WI');
    assert.equal(valueOf('Herders lost cattle at the end of the winter.', 'the end of the winter', '2024-06-19'), '2023-WI');
    assert.equal(valueOf('The road was repaired by the summer.', 'summer', '2024-11-10'), '2024-SU');
  });

  it('leaves the season words alone where they are names, nouns or figures of speech', () => {
    const texts = [
      'He fell ill after the fall of Kabul.', 'The rise was offset by fall in demand.', 'The spring of discontent arrived.',
      'They visited the Summer Palace.', 'She grew up in Spring Valley.', 'Winter storms hit the coast.',
      'Cattle died in the winter months.', 'Prices may fall as the spring dries up.', 'The smell of summer filled the air.',
    ];
    for (const text of texts) assert.deepEqual(dates(text, '2024-06-19').map((date) => date.text), [], text);
  });
});

describe('findDates: relative units with this, next, last, coming and counts', () => {
  it('resolves "the coming" week, month, quarter and year, and leaves plural periods without a value', () => {
    assert.equal(valueOf('The coming year will be hard.', 'The coming year', '2024-03-17'), '2025');
    assert.equal(valueOf('He expects a deal in the coming year.', 'the coming year', '2024-03-17'), '2025');
    assert.equal(valueOf('Talks resume in the coming week.', 'the coming week', '2024-03-17'), '2024-W12');
    assert.equal(valueOf('The shareholders meet this coming Monday.', 'this coming Monday', '2024-06-19'), '2024-06-24');
    // 19 March 2024 is a Tuesday: the coming weekend closes this ISO week, whatever the tense.
    assert.equal(valueOf('It happens the coming weekend.', 'the coming weekend', '2024-03-19'), '2024-W12');
    assert.equal(valueOf('It happens the coming weekend.', 'the coming weekend', '2024-03-24'), '2024-W13');
    assert.equal(valueOf('A ruling is expected in the coming weeks.', 'the coming weeks', '2024-03-17'), undefined);
    assert.equal(valueOf('Rates have risen in recent months.', 'recent months', '2024-03-17'), undefined);
  });

  it('reads "in two weeks" as that far ahead, keeping the preposition out of the span', () => {
    assert.equal(valueOf('Talks resume in two weeks.', 'two weeks', '2024-03-17'), '2024-W13');
    assert.equal(valueOf('The deal closes in three months.', 'three months', '2024-03-17'), '2024-06');
    assert.equal(valueOf('The plan is to finish in 10 days.', '10 days', '2024-06-19'), '2024-06-29');
    assert.equal(valueOf('A protest is planned in two weeks.', 'two weeks', '2024-03-19'), '2024-W14');
    assert.equal(valueOf('Elections are expected in two years\u2019 time.', 'two years\u2019 time', '2024-06-19'), '2026');
    assert.equal(valueOf('A decision is due in a few weeks.', 'a few weeks', '2024-06-19'), undefined);
  });

  it('gives no value to "in two weeks" told in the past, and finds no date in a span looked back over', () => {
    assert.equal(valueOf('The rebels took the town in two weeks.', 'two weeks', '2024-06-19'), undefined);
    const spans: Array<[string, string]> = [
      ['This is the highest level in two years.', 'two years'], ['For the first time in three years, prices fell.', 'three years'],
      ['In two years of war, nothing changed.', 'two years'], ['The rebels held the town for two weeks.', 'two weeks'],
      ['This is the first visit to Russia by an Argentine leader in 10 years.', '10 years'],
      ['December was the deadliest month for U.S. forces in two years.', 'two years'],
      ['Growth will be strong over the next quarter century.', 'next quarter'],
    ];
    for (const [text, phrase] of spans) {
      const found = dates(text, '2024-06-19').map((date) => date.text);
      assert.ok(!found.some((date) => date.includes(phrase)), `${text} → ${JSON.stringify(found)}`);
    }
  });

  it('counts "from now" forward as "ago" counts back', () => {
    assert.equal(valueOf('The results are due two weeks from now.', 'two weeks from now', '2024-03-17'), '2024-W13');
    assert.equal(valueOf('Ten years from now the city will be different.', 'Ten years from now', '2024-03-17'), '2034');
    assert.equal(valueOf('It will happen a year from now.', 'a year from now', '2024-06-19'), '2025');
    assert.deepEqual(dates('From now on, all flights are cancelled.').map((date) => date.text), []);
  });

  it('reads kinds of year and quarters after this/next/last', () => {
    assert.equal(valueOf('The budget for next fiscal year is ready.', 'next fiscal year', '2024-06-19'), '2025');
    assert.equal(valueOf('Growth should pick up next quarter.', 'next quarter', '2024-06-19'), '2024-Q3');
    assert.equal(valueOf('Growth slowed last quarter.', 'last quarter', '2024-01-19'), '2023-Q4');
  });

  it('reads "the next year" as the year ahead only when the sentence looks forward', () => {
    assert.equal(valueOf('Prices will rise over the next year.', 'the next year', '2024-03-19'), '2025');
    assert.equal(valueOf('He left in 2010; the next year he returned to Paris.', 'the next year', '2024-03-19'), undefined);
  });
});

describe('findDates: quarters and halves of a year', () => {
  it('chooses the quarter by tense when no year is written', () => {
    assert.equal(valueOf('Profits rose in the fourth quarter.', 'the fourth quarter', '2024-03-19'), '2023-Q4');
    assert.equal(valueOf('The company expects to return to profit in the fourth quarter.', 'the fourth quarter', '2024-03-19'), '2024-Q4');
    assert.equal(valueOf('Sales rose 5% in the second quarter.', 'the second quarter', '2024-06-19'), '2024-Q2');
  });

  it('reads written years, relative years and the Q/H shorthand', () => {
    assert.equal(valueOf('Revenue for the third quarter of 2023 grew.', 'the third quarter of 2023'), '2023-Q3');
    assert.equal(valueOf('Output fell in the second half of last year.', 'the second half of last year', '2024-03-19'), '2023-H2');
    assert.equal(valueOf('The firm expects a loss in the first half of next year.', 'the first half of next year', '2024-06-19'), '2025-H1');
    assert.equal(valueOf('Q3 2023 revenue was flat.', 'Q3 2023'), '2023-Q3');
    assert.equal(valueOf('Revenue rose in Q1 and the firm expects growth in Q3.', 'Q3', '2024-06-19'), '2024-Q3');
  });

  it('does not read a half without its year, or codes glued to more characters, as dates', () => {
    assert.deepEqual(dates('Profit rose in the first half.').map((date) => date.text), []);
    assert.deepEqual(dates('The H5N1 virus spread to Q4s and A380s.').map((date) => date.text), []);
  });
});

describe('findDates: constructions that decide the tense', () => {
  it('points a date inside a planned action forward even after a past verb', () => {
    const council = 'The council voted last month to shut the pool at the end of the season, on September 15.';
    assert.equal(valueOf(council, 'September 15', '2024-08-20'), '2024-09-15');
    assert.equal(valueOf('The council voted to shut the pool on September 15.', 'September 15', '2024-08-20'), '2024-09-15');
    assert.equal(valueOf('The bridge was set to reopen on September 1.', 'September 1', '2024-08-20'), '2024-09-01');
    assert.equal(valueOf('Payments were due to resume on September 2.', 'September 2', '2024-08-20'), '2024-09-02');
  });

  it('keeps a weekday by a past verb on that verb, even with a plan after it', () => {
    assert.equal(valueOf('The council voted to shut the pool on Monday.', 'Monday', '2024-03-19'), '2024-03-18');
    const both = 'The council voted on Monday to shut the pool on April 30.';
    assert.equal(valueOf(both, 'Monday', '2024-03-19'), '2024-03-18');
    assert.equal(valueOf(both, 'April 30', '2024-03-19'), '2024-04-30');
    assert.equal(valueOf('He returned to work on Monday.', 'Monday', '2024-03-19'), '2024-03-18');
  });

  it('dates the statement when a weekday stands between a reporting verb and what it reports', () => {
    // 22 March 2024 is a Friday, 19 March a Tuesday.
    const told = 'The minister told the regional parliament on Thursday that it would raise taxes.';
    assert.equal(valueOf(told, 'Thursday', '2024-03-22'), '2024-03-21');
    assert.equal(valueOf('The minister told the regional parliament on Thursday it would raise taxes.', 'Thursday', '2024-03-22'), '2024-03-21');
    assert.equal(valueOf('Smith said on Monday that the company would appeal.', 'Monday', '2024-03-19'), '2024-03-18');
    assert.equal(valueOf('On Monday, the Kremlin said Xi would visit in April.', 'Monday', '2024-03-19'), '2024-03-18');
    assert.equal(valueOf('On Monday, the Kremlin said Xi would visit in April.', 'April', '2024-03-19'), '2024-04');
  });

  it('still lets a future verb before the date win over a reporting verb elsewhere', () => {
    assert.equal(valueOf('Xi will visit Moscow on Monday, the Kremlin said.', 'Monday', '2024-03-19'), '2024-03-25');
    assert.equal(valueOf('Peskov told reporters Xi would arrive on Thursday.', 'Thursday', '2024-03-19'), '2024-03-21');
    assert.equal(valueOf('The prime minister will be told on Thursday.', 'Thursday', '2024-03-19'), '2024-03-21');
    assert.equal(valueOf('He warned the vote in May could be delayed.', 'May', '2024-03-19'), '2024-05');
  });

  it('points forward what a postponing or scheduling verb moves the event to', () => {
    assert.equal(valueOf('The festival has been postponed until at least August.', 'August', '2024-05-10'), '2024-08');
    assert.equal(valueOf('The hearing was postponed until September 3.', 'September 3', '2024-08-20'), '2024-09-03');
    assert.equal(valueOf('The court adjourned the case to April 2.', 'April 2', '2024-03-19'), '2024-04-02');
    assert.equal(valueOf('The judge remanded him in custody until Thursday.', 'Thursday', '2024-03-19'), '2024-03-21');
    assert.equal(valueOf('A sentencing hearing was set for April 12.', 'April 12', '2024-03-19'), '2024-04-12');
    assert.equal(valueOf('A general election was called for July 4.', 'July 4', '2024-06-19'), '2024-07-04');
    const bail = 'Police arrested two men on Saturday and released them on bail until November.';
    assert.equal(valueOf(bail, 'November', '2024-09-18'), '2024-11');
    assert.equal(valueOf(bail, 'Saturday', '2024-09-18'), '2024-09-14');
    // Lasting until a time is no postponement: the past tense still looks back.
    assert.equal(valueOf('The curfew lasted until March.', 'March', '2023-05-10'), '2023-03');
  });

  it('reads fixtures in the present tense as ahead and results as past', () => {
    assert.equal(valueOf('United host Chelsea on Saturday.', 'Saturday', '2024-03-19'), '2024-03-23');
    assert.equal(valueOf('The final takes place on Sunday.', 'Sunday', '2024-03-19'), '2024-03-24');
    assert.equal(valueOf('England face Slovenia on Tuesday.', 'Tuesday', '2024-06-19'), '2024-06-25');
    assert.equal(valueOf('Italy will face France in the final on March 23.', 'March 23', '2024-11-20'), '2025-03-23');
    assert.equal(valueOf('United beat Chelsea 2-1 on Saturday.', 'Saturday', '2024-03-19'), '2024-03-16');
    // Nouns that look like verbs do not make a past sentence look ahead.
    assert.equal(valueOf('Xi paid a state visit on Monday.', 'Monday', '2024-03-19'), '2024-03-18');
    assert.equal(valueOf('The government announced new rules on Monday.', 'Monday', '2024-03-19'), '2024-03-18');
  });

  it('reads court dates by their verbs', () => {
    assert.equal(valueOf('He is due to be sentenced on Friday.', 'Friday', '2024-03-19'), '2024-03-22');
    assert.equal(valueOf('The defendant was sentenced on Friday to five years.', 'Friday', '2024-03-19'), '2024-03-15');
    assert.equal(valueOf('The court heard on Tuesday that the defendant had fled.', 'Tuesday', '2024-06-19'), '2024-06-18');
    assert.equal(valueOf('He has been held in custody since January.', 'January', '2024-03-19'), '2024-01');
  });
});

describe('findDates: more shapes from news prose', () => {
  it('reads a month or day with "last year", "this year" or "next year" as one date', () => {
    assert.equal(valueOf('The scheme ran until his arrest in March last year.', 'March last year', '2024-10-24'), '2023-03');
    assert.equal(valueOf('The plant opens on May 5 next year.', 'May 5 next year', '2024-10-24'), '2025-05-05');
    assert.equal(valueOf('Prices peaked in late June this year.', 'late June this year', '2024-10-24'), '2024-06');
    assert.deepEqual(dates('Theresa May last year said no.', '2024-10-24').map((date) => date.text), ['last year']);
  });

  it('gives the opening month of a range the year of its closing month', () => {
    assert.equal(valueOf('Field work ran from April to October last year.', 'April', '2024-09-18'), '2023-04');
    assert.equal(valueOf('Snow fell between November and March 2024.', 'November', '2024-09-18'), '2023-11');
    assert.equal(valueOf('The survey ran from May to June 2021.', 'May', '2024-09-18'), '2021-05');
  });

  it('reads "in the new year" as the coming calendar year, or the one just begun', () => {
    assert.equal(valueOf('The court will rule on the appeal in the new year.', 'the new year', '2024-11-18'), '2025');
    assert.equal(valueOf('The court will rule on the appeal in the new year.', 'the new year', '2024-01-08'), '2024');
  });

  it('reads "within 28 days" like "in 28 days"', () => {
    assert.equal(valueOf('The defence said it would appeal within 28 days.', '28 days', '2024-10-24'), '2024-11-21');
    assert.deepEqual(dates('He was charged within two years of the attack.').map((date) => date.text), []);
  });

  it('reads a hyphenated quarter before a noun, but not a half or "a third quarter"', () => {
    assert.equal(valueOf('Nordvind reported a fourth-quarter loss on Thursday.', 'fourth-quarter', '2024-02-08'), '2023-Q4');
    assert.equal(valueOf('The firm will publish first-quarter results on May 2.', 'first-quarter', '2024-02-08'), '2024-Q1');
    assert.deepEqual(dates('He scored a first-half goal; a third quarter of voters agreed.').map((date) => date.text), []);
  });

  it('reads "this summer" as the document year\'s even in a sentence that also tells the past', () => {
    assert.equal(valueOf('The lido will stay closed this summer after engineers found cracks.', 'this summer', '2024-05-15'), '2024-SU');
    assert.equal(valueOf('Few tourists came this summer.', 'this summer', '2024-10-01'), '2024-SU');
    assert.equal(valueOf('Herders lost a fifth of their livestock this winter.', 'this winter', '2024-03-20'), '2023-WI');
    assert.equal(valueOf('Heating bills will rise this winter.', 'this winter', '2024-10-01'), '2024-WI');
  });

  it('reads modals as looking ahead, except "could not" and "may have"', () => {
    assert.equal(valueOf('Repairs could begin in the autumn, the council said.', 'autumn', '2024-05-15'), '2024-FA');
    assert.equal(valueOf('Aid agencies warned on Monday that losses could double before summer.', 'summer', '2024-01-30'), '2024-SU');
    assert.equal(valueOf('He could not be reached for comment on Monday.', 'Monday', '2024-03-19'), '2024-03-18');
    assert.equal(valueOf('The suspect may have left the country on Friday.', 'Friday', '2024-03-19'), '2024-03-15');
  });

  it('reads a date inside "after …ing" as past, without turning the main clause around', () => {
    const text = 'Hosts Valencia face Real Madrid in the semi-final on Sunday after beating Bilbao 88-81 on Thursday.';
    // 13 April 2024 is a Saturday.
    assert.equal(valueOf(text, 'Sunday', '2024-04-13'), '2024-04-14');
    assert.equal(valueOf(text, 'Thursday', '2024-04-13'), '2024-04-11');
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

describe('findDates: pathological inputs [stress]', function () {
  // These guard against work that grows faster than the text, which would take minutes; a megabyte takes about a second
  // on a busy machine, so the default two-second limit would test the machine's load rather than the scanner.
  this.timeout(20_000);
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

  it('stays linear on a megabyte-long sentence of governed dates and planned actions', () => {
    const text = 'The council voted last month to shut the pool, postponed until at least August, in two weeks, on Thursday, '.repeat(size / 100);
    const found = findDates(text, [{ start: 0, end: text.length }], FRIDAY);
    assertWellFormed(text, found);
    assert.equal(found.filter((date) => date.text === 'August').length, size / 100);
  });

  it('survives text full of astral symbols, lone surrogates and odd spaces', () => {
    const text = `😀\uD800 Monday\u00a0last\u2003week 𝟙𝟡𝟡𝟡 \uDC00 2023-03-17`.repeat(1000);
    const found = findDates(text, [], FRIDAY);
    assertWellFormed(text, found);
    assert.equal(found.filter((date) => date.text === '2023-03-17').length, 1000);
  });
});
