// Proves the review model: anchors find their text again, corrections change the analysis as the reader asked, verdicts
// land on their claims, orphans are reported with their last text, and the file format is stable and strict.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import type { Analysis, Claim } from '../../src/analysis/types';
import {
  anchorAt,
  applyReview,
  mergeReviews,
  parseReview,
  resolveAnchor,
  serializeReview,
  withVerdict,
  type Review,
  type ReviewEntry,
} from '../../src/review';
import { DEFAULT_REVIEW_FOLDER, reviewFolderSetting, reviewPath } from '../../src/review/paths';
import { findRepoRoot } from '../support/fixtures';

const SEED = path.join(findRepoRoot(), 'test', 'fixtures', 'seed', '000_3f34881810dbdd74.txt');
const TIME = '2026-01-02T03:04:05.000Z';

function claimBy(analysis: Analysis, speaker: string, index = 0): Claim {
  const claim = analysis.claims.filter((candidate) => candidate.speaker === speaker)[index];
  assert.ok(claim, `a claim by ${speaker}`);
  return claim;
}

function review(...entries: ReviewEntry[]): Review {
  return { document: 'seed.txt', entries };
}

describe('review model', () => {
  const text = fs.readFileSync(SEED, 'utf8');
  const analysis = analyze(text, { document: 'seed.txt' });

  describe('anchors', () => {
    it('finds the anchored text where it is, after text is inserted before it, and between equal copies by context', () => {
      const start = text.indexOf('Kremlin spokesman');
      const anchor = anchorAt(text, start, start + 'Kremlin spokesman'.length);
      assert.deepStrictEqual(resolveAnchor(anchor, text), { start, end: anchor.position.end, fuzzy: false });
      const moved = `Breaking. ${text}`;
      assert.strictEqual(resolveAnchor(anchor, moved)?.start, start + 10);
      // A copy of the phrase placed before it, in another context: the original's context wins over the nearer position.
      const copied = `${text.slice(0, start - 200)}Kremlin spokesman${text.slice(start - 200)}`;
      assert.strictEqual(resolveAnchor(anchor, copied)?.start, start + 'Kremlin spokesman'.length);
    });

    it('finds a claim whose words were changed a little, and reports a claim that was deleted as gone', () => {
      const claim = claimBy(analysis, 'Yuri Ushakov');
      const anchor = anchorAt(text, claim.start, claim.end);
      const edited = text.slice(0, claim.start + 5) + 'XY' + text.slice(claim.start + 9);
      const found = resolveAnchor(anchor, edited);
      assert.ok(found?.fuzzy, 'found approximately');
      assert.ok(Math.abs(found.start - claim.start) <= 5 && Math.abs(found.end - (claim.end - 2)) <= 5, JSON.stringify(found));
      const deleted = text.slice(0, claim.start) + text.slice(claim.end);
      assert.strictEqual(resolveAnchor(anchor, deleted), undefined);
    });
  });

  describe('applying a review', () => {
    it('puts each verdict and note on its claim and counts nothing else as reviewed', () => {
      const claim = claimBy(analysis, 'Dmitry Peskov');
      const entry: ReviewEntry = { id: 'v1', kind: 'verdict', verdict: 'disputed', note: 'no second source', target: anchorAt(text, claim.start, claim.end), updated: TIME };
      const reviewed = applyReview(analysis, review(entry), text);
      assert.deepStrictEqual(reviewed.claims.get(claim.id), { verdict: 'disputed', note: 'no second source', entryId: 'v1' });
      assert.strictEqual(reviewed.claims.size, 1);
      assert.strictEqual(reviewed.orphans.length, 0);
      assert.strictEqual(reviewed.analysis.claims.length, analysis.claims.length);
    });

    it('gives a claim another speaker, an existing actor or a new one typed by name, and moves it between actors', () => {
      const claim = claimBy(analysis, 'Dmitry Peskov');
      const target = anchorAt(text, claim.start, claim.end);
      const putin = analysis.actors.find((actor) => actor.name === 'Vladimir Putin');
      assert.ok(putin);
      const toPutin = applyReview(analysis, review({ id: 's1', kind: 'speaker', speaker: { name: putin.name, actorId: putin.id }, target, updated: TIME }), text);
      const moved = toPutin.analysis.claims.find((candidate) => candidate.start === claim.start);
      assert.strictEqual(moved?.speakerId, putin.id);
      assert.strictEqual(moved?.speaker, 'Vladimir Putin');
      assert.ok(toPutin.analysis.actors.find((actor) => actor.id === putin.id)?.claimIds.includes(claim.id));
      assert.ok(!toPutin.analysis.actors.find((actor) => actor.name === 'Dmitry Peskov')?.claimIds.includes(claim.id));
      assert.deepStrictEqual(toPutin.corrected.get(claim.id), ['speaker']);
      const typed = applyReview(analysis, review({ id: 's2', kind: 'speaker', speaker: { name: 'Maria Zakharova' }, target, updated: TIME }), text);
      const newActor = typed.analysis.actors.find((actor) => actor.name === 'Maria Zakharova');
      assert.deepStrictEqual(newActor?.claimIds, [claim.id]);
      // The engine's analysis is left as it was.
      assert.strictEqual(claimBy(analysis, 'Dmitry Peskov').id, claim.id);
    });

    it('removes what is not a claim, adds a missed claim with its speaker and cue, and trims a claim to a span', () => {
      const first = analysis.claims[0];
      const notClaim: ReviewEntry = { id: 'n1', kind: 'notClaim', target: anchorAt(text, first.start, first.end), updated: TIME };
      const missedStart = text.indexOf('Both China and Russia announced');
      const missedEnd = text.indexOf('.', missedStart) + 1;
      const added: ReviewEntry = {
        id: 'a1',
        kind: 'addClaim',
        speaker: { name: 'China' },
        cue: 'announced',
        target: anchorAt(text, missedStart, missedEnd),
        updated: TIME,
      };
      const trimmed = claimBy(analysis, 'Yuri Ushakov');
      const trimEnd = trimmed.start + Math.floor((trimmed.end - trimmed.start) / 2);
      const span: ReviewEntry = {
        id: 't1',
        kind: 'span',
        target: anchorAt(text, trimmed.start, trimmed.end),
        span: anchorAt(text, trimmed.start, trimEnd),
        updated: TIME,
      };
      const reviewed = applyReview(analysis, review(notClaim, added, span), text);
      const claims = reviewed.analysis.claims;
      assert.ok(!claims.some((claim) => claim.id === first.id), 'the claim that is none is gone');
      assert.strictEqual(claims.length, analysis.claims.length);
      const addedClaim = claims.find((claim) => claim.start === missedStart);
      assert.strictEqual(addedClaim?.cue, 'announced');
      assert.strictEqual(addedClaim?.cueSpan.text, 'announced');
      assert.strictEqual(addedClaim?.line, 5);
      assert.ok(reviewed.analysis.actors.find((actor) => actor.name === 'China')?.claimIds.includes(addedClaim.id));
      const trimmedNow = claims.find((claim) => claim.id === trimmed.id);
      assert.strictEqual(trimmedNow?.text, text.slice(trimmed.start, trimEnd));
      assert.deepStrictEqual([...reviewed.corrected.keys()].sort(), [addedClaim.id, trimmed.id].sort());
      // A verdict given before the claim was trimmed to a small part of it stays on the claim.
      const shortEnd = trimmed.start + Math.floor((trimmed.end - trimmed.start) / 4);
      const verdictFirst: ReviewEntry = { id: 'v0', kind: 'verdict', verdict: 'false', target: anchorAt(text, trimmed.start, trimmed.end), updated: TIME };
      const trimShort: ReviewEntry = { ...span, span: anchorAt(text, trimmed.start, shortEnd) };
      const both = applyReview(analysis, review(verdictFirst, trimShort), text);
      assert.strictEqual(both.claims.get(trimmed.id)?.verdict, 'false');
      assert.strictEqual(both.orphans.length, 0);
      assert.deepStrictEqual(
        claims.map((claim) => claim.start),
        [...claims].sort((a, b) => a.start - b.start).map((claim) => claim.start),
        'claims stay in reading order',
      );
    });

    it('splits a claim in two at a point, both parts with its speaker and cue, and keeps an earlier verdict on the first', () => {
      const claim = claimBy(analysis, 'Yuri Ushakov');
      const words = claim.text.split(' ');
      const cut = claim.start + words.slice(0, Math.ceil(words.length / 2)).join(' ').length + 1;
      const verdict: ReviewEntry = { id: 'v3', kind: 'verdict', verdict: 'verified', target: anchorAt(text, claim.start, claim.end), updated: TIME };
      const split: ReviewEntry = {
        id: 's1',
        kind: 'split',
        target: anchorAt(text, claim.start, claim.end),
        second: anchorAt(text, cut, claim.end),
        updated: TIME,
      };
      const reviewed = applyReview(analysis, review(verdict, split), text);
      const claims = reviewed.analysis.claims;
      assert.strictEqual(claims.length, analysis.claims.length + 1);
      const first = claims.find((candidate) => candidate.id === claim.id);
      const second = claims.find((candidate) => candidate.start === cut);
      assert.ok(first && second, 'both parts are claims');
      assert.strictEqual(first.text, text.slice(claim.start, cut).trimEnd());
      assert.strictEqual(second.text, text.slice(cut, claim.end));
      assert.strictEqual(second.line, claim.line);
      for (const part of [first, second]) {
        assert.strictEqual(part.speakerId, claim.speakerId);
        assert.strictEqual(part.cue, claim.cue);
        assert.deepStrictEqual(reviewed.corrected.get(part.id), ['split']);
      }
      const speaker = reviewed.analysis.actors.find((actor) => actor.id === claim.speakerId);
      assert.ok(speaker?.claimIds.includes(first.id) && speaker.claimIds.includes(second.id));
      assert.strictEqual(reviewed.claims.get(first.id)?.verdict, 'verified', 'the verdict stays on the first part');
      assert.strictEqual(reviewed.claims.get(second.id), undefined);
      // Through an edit before the claim, the split point follows its text; the file reads back what it wrote.
      const shifted = `Update. ${text}`;
      const again = applyReview(analyze(shifted), reviewed.review, shifted);
      assert.ok(again.analysis.claims.some((candidate) => candidate.start === cut + 8 && candidate.end === claim.end + 8));
      const reread = parseReview(serializeReview(again.review));
      assert.ok(reread.ok);
      assert.deepStrictEqual(reread.review.entries.find((entry) => entry.id === 's1'), again.review.entries.find((entry) => entry.id === 's1'));
      // A split point outside the claim splits nothing and says so.
      const outside: ReviewEntry = { ...split, second: anchorAt(text, claim.end + 2, claim.end + 30) };
      const refused = applyReview(analysis, review(outside), text);
      assert.strictEqual(refused.analysis.claims.length, analysis.claims.length);
      assert.strictEqual(refused.orphans[0]?.orphan, 'noClaim');
    });

    it('keeps every entry: one whose text is gone is an orphan with its last known text, re-anchored entries move', () => {
      const claim = claimBy(analysis, 'Yuri Ushakov');
      const entry: ReviewEntry = { id: 'v2', kind: 'verdict', verdict: 'verified', target: anchorAt(text, claim.start, claim.end), updated: TIME };
      const without = text.slice(0, claim.start) + text.slice(claim.end);
      const reviewed = applyReview(analyze(without), review(entry), without);
      assert.strictEqual(reviewed.orphans.length, 1);
      assert.strictEqual(reviewed.orphans[0].orphan, 'textGone');
      assert.strictEqual(reviewed.review.entries[0].target.quote.exact, claim.text, 'the orphan keeps its last known text');
      const shifted = `Update. ${text}`;
      const again = applyReview(analyze(shifted), review(entry), shifted);
      assert.strictEqual(again.orphans.length, 0);
      assert.ok(again.reanchored);
      assert.strictEqual(again.review.entries[0].target.position.start, claim.start + 8);
    });
  });

  describe('the review file', () => {
    const claim = analysis.claims[1];
    const base = review(
      { id: 'b', kind: 'verdict', verdict: 'false', note: 'see the transcript', target: anchorAt(text, claim.start, claim.end), updated: TIME },
      { id: 'a', kind: 'notClaim', target: anchorAt(text, analysis.claims[0].start, analysis.claims[0].end), updated: TIME },
    );

    it('writes sorted entries with fixed keys, reads back what it wrote, and writes the same text again', () => {
      const written = serializeReview(base);
      const read = parseReview(written);
      assert.ok(read.ok, read.ok ? '' : read.message);
      assert.deepStrictEqual(read.review.entries.map((entry) => entry.id), ['a', 'b']);
      assert.strictEqual(serializeReview(read.review), written);
      assert.strictEqual(serializeReview({ ...base, entries: [...base.entries].reverse() }), written);
      assert.match(written, /^\{\n {2}"format": "sourcelens-review",\n {2}"version": 1,/);
      assert.ok(written.endsWith('}\n'));
    });

    it('reports broken JSON, wrong types, unknown versions, repeated ids and huge values with the line to fix', () => {
      const written = serializeReview(base);
      const lines = written.split('\n');
      const verdictLine = lines.findIndex((line) => line.includes('"verdict": "false"')) + 1;
      const cases: Array<[string, RegExp, number]> = [
        [written.replace('"verdict": "false"', '"verdict": "maybe"'), /entries\[1\]\.verdict must be one of/, verdictLine],
        [written.replace('"verdict": "false",', '"verdict": "false"'), /not valid JSON/, verdictLine + 1],
        [written.replace('"version": 1', '"version": 9'), /newer Source Lens/, 3],
        [written.replace('"id": "b"', '"id": "a"'), /repeats the id/, lines.findIndex((line) => line.includes('"id": "b"')) + 1],
        [written.replace(/"start": \d+/, '"start": "0"'), /position\.start must be a whole number/, lines.findIndex((line) => /"start"/.test(line)) + 1],
        [written.replace('"note": "see the transcript"', `"note": "${'x'.repeat(20_000)}"`), /note is 20000 characters long/, verdictLine + 1],
        // A missing key is reported at the object that lacks it.
        [written.replace(/\n {6}"id": "b",/, ''), /entries\[1\]\.id must be a string/, lines.findIndex((line) => line.includes('"id": "b"'))],
        ['<<<<<<< HEAD\n{}', /not valid JSON/, 1],
        ['[1, 2]', /must be an object/, 1],
        [`${'['.repeat(100)}${']'.repeat(100)}`, /nested more than/, 1],
      ];
      for (const [source, message, line] of cases) {
        const read = parseReview(source);
        assert.ok(!read.ok, `rejected: ${message}`);
        assert.match(read.message, message);
        if (line > 0) assert.strictEqual(read.line, line, `${read.message} at line ${line}`);
      }
    });

    it('reads hostile strings as plain data and never reaches a prototype', () => {
      const hostile = serializeReview(base).replace('"note": "see the transcript"', '"note": "[x](command:workbench.action.quit) <img src=x>"');
      const read = parseReview(hostile.replace('"format"', '"__proto__": {"polluted": true},\n  "format"'));
      assert.ok(read.ok, read.ok ? '' : read.message);
      assert.strictEqual(({} as { polluted?: boolean }).polluted, undefined);
      const note = read.review.entries.find((entry) => entry.kind === 'verdict');
      assert.strictEqual(note?.kind === 'verdict' ? note.note : '', '[x](command:workbench.action.quit) <img src=x>');
    });
  });

  describe('editing and merging', () => {
    const claim = analysis.claims[2];
    const target = anchorAt(text, claim.start, claim.end);

    it('sets, changes and clears a verdict, keeping the note unless asked', () => {
      const one = withVerdict(review(), { target, verdict: 'verified', note: 'checked', updated: TIME }, () => 0.5);
      assert.strictEqual(one.entries.length, 1);
      const id = one.entries[0].id;
      const two = withVerdict(one, { entryId: id, target, verdict: 'disputed', updated: TIME });
      assert.deepStrictEqual(two.entries.map((entry) => (entry.kind === 'verdict' ? [entry.verdict, entry.note] : [])), [['disputed', 'checked']]);
      assert.strictEqual(withVerdict(two, { entryId: id, target, verdict: 'unchecked', note: '', updated: TIME }).entries.length, 0);
    });

    it('merges two windows’ changes: both additions kept, a deletion kept, the newer of two changes wins', () => {
      const entry = (id: string, verdict: 'verified' | 'false', updated: string): ReviewEntry => ({ id, kind: 'verdict', verdict, target, updated });
      const base = review(entry('x', 'verified', TIME), entry('y', 'verified', TIME));
      const ours = review(entry('x', 'false', '2026-01-03T00:00:00.000Z'), entry('mine', 'verified', TIME));
      const theirs = review(entry('x', 'verified', '2026-01-04T00:00:00.000Z'), entry('y', 'verified', TIME), entry('theirs', 'false', TIME));
      const merged = mergeReviews(base, ours, theirs);
      const ids = merged.review.entries.map((candidate) => candidate.id).sort();
      assert.deepStrictEqual(ids, ['mine', 'theirs', 'x'], 'y was deleted by ours and not changed by theirs');
      const x = merged.review.entries.find((candidate) => candidate.id === 'x');
      assert.strictEqual(x?.updated, '2026-01-04T00:00:00.000Z');
      assert.strictEqual(merged.conflicts, 1);
    });
  });

  describe('where review files go', () => {
    it('keeps the review folder inside the workspace folder, whatever a workspace setting says', () => {
      assert.strictEqual(reviewFolderSetting(undefined), DEFAULT_REVIEW_FOLDER);
      assert.strictEqual(reviewFolderSetting('reviews/team'), 'reviews/team');
      assert.strictEqual(reviewFolderSetting('./reviews\\team/'), 'reviews/team');
      for (const escape of ['../outside', '/etc', 'C:\\Windows', 'a/../../b', '', 42, 'a:b']) {
        assert.strictEqual(reviewFolderSetting(escape), DEFAULT_REVIEW_FOLDER, String(escape));
      }
      assert.strictEqual(reviewPath(undefined, 'notes/interview.txt'), '.sourcelens/reviews/notes/interview.txt.json');
    });
  });
});
