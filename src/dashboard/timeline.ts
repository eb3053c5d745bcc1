// Claims over time: each claim at its document's date, in buckets of a day, a week, a month or a year, whichever keeps
// the span readable; the buckets run without gaps from the first date to the last so the axis reads as time.
import type { CorpusReport } from '../corpus/report';
import { CLAIM_KINDS, type DocumentLookup, type KindCount } from './marks';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

export interface TimeBucket {
  /** The bucket's first day (ISO), which also names it on the axis. */
  start: string;
  label: string;
  count: number;
  kinds: KindCount[];
}

export interface Timeline {
  unit: TimeUnit;
  buckets: TimeBucket[];
  /** Claims whose document has no date. */
  undated: number;
  /** Dated claims left out because the buckets were capped (only with dates scattered over centuries). */
  beyond: number;
}

/** At most this many buckets: past it the next larger unit is taken. */
export const MAX_TIME_BUCKETS = 120;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Days since 1970-01-01 of an ISO date (a month or a year alone is its first day); NaN when it is not one. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) return NaN;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  return Math.floor(Date.UTC(Number(match[1]), month - 1, day) / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

interface UnitRule {
  unit: TimeUnit;
  /** The bucket of a day, as an integer that grows by one bucket at a time. */
  key: (day: number) => number;
  /** The first day of a bucket. */
  start: (key: number) => number;
  label: (key: number) => string;
}

const UNITS: readonly UnitRule[] = [
  { unit: 'day', key: (day) => day, start: (key) => key, label: (key) => isoOf(key) },
  {
    unit: 'week',
    // 1970-01-01 was a Thursday: weeks start on Mondays, three days before.
    key: (day) => Math.floor((day + 3) / 7),
    start: (key) => key * 7 - 3,
    label: (key) => `week of ${isoOf(key * 7 - 3)}`,
  },
  {
    unit: 'month',
    key: (day) => {
      const date = new Date(day * DAY_MS);
      return date.getUTCFullYear() * 12 + date.getUTCMonth();
    },
    start: (key) => Math.floor(Date.UTC(Math.floor(key / 12), key % 12, 1) / DAY_MS),
    label: (key) => isoOf(Math.floor(Date.UTC(Math.floor(key / 12), key % 12, 1) / DAY_MS)).slice(0, 7),
  },
  {
    unit: 'year',
    key: (day) => new Date(day * DAY_MS).getUTCFullYear(),
    start: (key) => Math.floor(Date.UTC(key, 0, 1) / DAY_MS),
    label: (key) => String(key),
  },
];

interface Tally {
  count: number;
  counts: number[];
  links: Array<{ document: number; line: number } | null>;
}

function chooseUnit(first: number, last: number): UnitRule {
  return UNITS.find((rule) => rule.key(last) - rule.key(first) < MAX_TIME_BUCKETS) ?? UNITS[UNITS.length - 1];
}

/** Claims per time bucket, stacked by kind, each kind's first claim the bucket's link. */
export function claimTimeline(report: CorpusReport, lookup: DocumentLookup): Timeline {
  const days = new Float64Array(report.claims.length);
  let first = Infinity;
  let last = -Infinity;
  let undated = 0;
  report.claims.forEach((claim, index) => {
    const day = claim.date === null ? NaN : dayNumber(claim.date);
    days[index] = day;
    if (Number.isNaN(day)) {
      if (lookup.indexOf.has(claim.document)) undated += 1;
      return;
    }
    first = Math.min(first, day);
    last = Math.max(last, day);
  });
  if (first > last) return { unit: 'day', buckets: [], undated, beyond: 0 };
  const rule = chooseUnit(first, last);
  // Centuries of dates: the latest buckets are kept, the earlier ones counted.
  const lowest = Math.max(rule.key(first), rule.key(last) - MAX_TIME_BUCKETS + 1);
  const tallies: Tally[] = [];
  for (let key = lowest; key <= rule.key(last); key++) {
    tallies.push({ count: 0, counts: CLAIM_KINDS.map(() => 0), links: CLAIM_KINDS.map(() => null) });
  }
  let beyond = 0;
  report.claims.forEach((claim, index) => {
    const document = lookup.indexOf.get(claim.document);
    if (Number.isNaN(days[index]) || document === undefined) return;
    const position = rule.key(days[index]) - lowest;
    if (position < 0) {
      beyond += 1;
      return;
    }
    const tally = tallies[position];
    const kind = Math.max(0, CLAIM_KINDS.indexOf(claim.kind));
    tally.count += 1;
    tally.counts[kind] += 1;
    tally.links[kind] ??= { document, line: claim.line };
  });
  const buckets = tallies.map((tally, position) => ({
    start: isoOf(rule.start(lowest + position)),
    label: rule.label(lowest + position),
    count: tally.count,
    kinds: CLAIM_KINDS.flatMap((kind, index) => {
      const link = tally.links[index];
      return link ? [{ kind, count: tally.counts[index], link }] : [];
    }),
  }));
  return { unit: rule.unit, buckets, undated, beyond };
}
