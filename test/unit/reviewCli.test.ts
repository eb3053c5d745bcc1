// Proves the command line reads review files as the editor writes them: `sourcelens review` prints the review report
// (Markdown per actor, CSV per claim) with hostile text escaped, `sourcelens analyze` applies the corrections it finds
// unless told not to, and a broken review file is one line naming the line to fix.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import MarkdownIt from 'markdown-it';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import { anchorAt, serializeReview, type Review } from '../../src/review';
import { findRepoRoot } from '../support/fixtures';
import { assertNoStackTrace, cli } from './cliRunner';

const SEED = path.join(findRepoRoot(), 'test', 'fixtures', 'seed', '000_3f34881810dbdd74.txt');
const TIME = '2026-01-02T03:04:05.000Z';

describe('sourcelens review and reviewed analyses [stress]', function () {
  this.timeout(60_000);
  const text = fs.readFileSync(SEED, 'utf8');
  const engine = analyze(text);
  const ushakov = engine.claims.find((claim) => claim.speaker === 'Yuri Ushakov');
  const peskov = engine.claims.find((claim) => claim.speaker === 'Dmitry Peskov');
  let dir: string;
  let doc: string;
  let reviewPath: string;

  const review = (note: string): Review => {
    assert.ok(ushakov && peskov);
    return {
      document: 'notes/doc.txt',
      entries: [
        { id: 'v1', kind: 'verdict', verdict: 'disputed', note, target: anchorAt(text, ushakov.start, ushakov.end), updated: TIME },
        { id: 's1', kind: 'speaker', speaker: { name: 'Maria Zakharova' }, target: anchorAt(text, peskov.start, peskov.end), updated: TIME },
      ],
    };
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-review-'));
    fs.mkdirSync(path.join(dir, 'notes'));
    doc = path.join(dir, 'notes', 'doc.txt');
    fs.writeFileSync(doc, text);
    reviewPath = path.join(dir, '.sourcelens', 'reviews', 'notes', 'doc.txt.json');
    fs.mkdirSync(path.dirname(reviewPath), { recursive: true });
    fs.writeFileSync(reviewPath, serializeReview(review('Only one source so far.')));
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the review report per actor, with verdicts, notes and line citations', async () => {
    const result = await cli(['review', doc]);
    assert.strictEqual(result.status, 0, result.stderr);
    assert.ok(ushakov);
    assert.match(result.stdout, /^# Source Lens review: /);
    assert.match(result.stdout, /Progress: 1 of \d+ claims checked \(Disputed 1\)/);
    assert.match(result.stdout, /## Maria Zakharova\n\n- \*\*Unchecked\*\*/);
    assert.ok(result.stdout.includes(`- **Disputed** · ${ushakov.cue}, `), result.stdout);
    assert.ok(result.stdout.includes(`doc.txt:${ushakov.line}`));
    assert.match(result.stdout, / {2}- note: Only one source so far\./);
    assert.match(result.stdout, /corrected by the reviewer: speaker/);
  });

  it('prints one CSV row per claim with verdict, note, confidence and evidence columns', async () => {
    const result = await cli(['review', doc, '--format', 'csv']);
    assert.strictEqual(result.status, 0, result.stderr);
    const rows = result.stdout.split('\r\n').filter(Boolean);
    assert.strictEqual(rows[0], 'document,status,claimId,line,speaker,actorId,cue,claimKind,verdict,note,corrected,confidence,evidence,text');
    assert.strictEqual(rows.length, engine.claims.length + 1);
    assert.ok(rows.some((row) => row.includes(',disputed,Only one source so far.,')));
    assert.ok(rows.some((row) => row.includes(',Maria Zakharova,') && row.includes(',speaker,')));
  });

  it('keeps hostile notes inert in Markdown and CSV', async () => {
    fs.writeFileSync(reviewPath, serializeReview(review('=HYPERLINK("http://x") [click](command:workbench.action.quit) <img src=x onerror=alert(1)>')));
    const md = await cli(['review', doc]);
    assert.strictEqual(md.status, 0, md.stderr);
    // Rendered as a Markdown viewer would: the note shows as its characters, never as an image or a link.
    const html = new MarkdownIt({ html: true, linkify: false }).render(md.stdout);
    assert.ok(!/<(?:a|img|script)\b/i.test(html), html);
    assert.ok(html.includes('[click](command:workbench.action.quit)'), 'the note reads as written');
    const csv = await cli(['review', doc, '--format', 'csv']);
    assert.ok(csv.stdout.includes(`"'=HYPERLINK(""http://x"")`), 'a formula is neutralised');
  });

  it('applies the review file it finds to `analyze` output, and not with --no-review', async () => {
    assert.ok(peskov);
    const applied = await cli(['analyze', doc]);
    assert.strictEqual(applied.status, 0, applied.stderr);
    const corrected = (JSON.parse(applied.stdout) as Analysis).claims.find((claim) => claim.start === peskov.start);
    assert.strictEqual(corrected?.speaker, 'Maria Zakharova');
    assert.match(applied.stderr, /applying the review in .*doc\.txt\.json \(2 entries\)/);
    const plain = await cli(['analyze', doc, '--no-review']);
    assert.strictEqual((JSON.parse(plain.stdout) as Analysis).claims.find((claim) => claim.start === peskov.start)?.speaker, 'Dmitry Peskov');
  });

  it('reports a broken review file in one line with the line to fix, and analyses without it', async () => {
    const broken = serializeReview(review('x')).replace('"verdict": "disputed"', '"verdict": 7');
    fs.writeFileSync(reviewPath, broken);
    const line = broken.split('\n').findIndex((candidate) => candidate.includes('"verdict": 7')) + 1;
    const analyzed = await cli(['analyze', doc]);
    assert.strictEqual(analyzed.status, 1);
    assert.strictEqual(analyzed.errors.length, 1, analyzed.stderr);
    assert.match(analyzed.errors[0], new RegExp(`doc\\.txt\\.json: cannot use this review file \\(line ${line}: entries\\[\\d\\]\\.verdict must be one of`));
    assert.strictEqual((JSON.parse(analyzed.stdout) as Analysis).claims.length, engine.claims.length);
    const reviewed = await cli(['review', doc]);
    assert.strictEqual(reviewed.status, 1);
    assert.match(reviewed.stderr, new RegExp(`line ${line}: `));
    assertNoStackTrace(reviewed);
    fs.writeFileSync(reviewPath, '\u0000\u0001{{{ not json');
    const garbage = await cli(['review', doc]);
    assert.strictEqual(garbage.status, 1);
    assert.match(garbage.stderr, /line 1: not valid JSON/);
  });

  it('rejects review options that do not apply, and a second document', async () => {
    assert.strictEqual((await cli(['review', doc, '--format', 'json'])).status, 2);
    assert.strictEqual((await cli(['review', doc, doc])).status, 2);
    assert.strictEqual((await cli(['analyze', doc, '--review', reviewPath])).status, 2);
  });
});
