// Accuracy floors on the GUM development set (../shared/eval/gum: texts written by others, human annotations), scored
// by the set's own scorer, so that an engine change that loses claims or entities on real text fails the suite.
// The floors are the levels the engine has reached; raise them when it improves.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import { toJson } from '../../src/export';
import { findRepoRoot } from '../support/fixtures';

const GUM = path.resolve(findRepoRoot(), '..', 'shared', 'eval', 'gum');
const FLOORS = { claimRecall: 0.7, claimPrecision: 0.6, entityF1: 0.82 };

interface GumScore {
  claims: { P: number; R: number };
  entities: { micro: { F1: number } };
}

describe('GUM development set: accuracy floors [stress]', function () {
  this.timeout(600_000);

  it(`keeps claim recall ≥ ${FLOORS.claimRecall}, claim precision ≥ ${FLOORS.claimPrecision}, entity F1 ≥ ${FLOORS.entityF1}`, function () {
    if (!fs.existsSync(path.join(GUM, 'score.mjs'))) {
      console.log(`      (skipped: no GUM development set at ${GUM})`);
      this.skip();
    }
    const analyses = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelens-gum-'));
    try {
      for (const file of fs.readdirSync(path.join(GUM, 'docs')).filter((f) => f.endsWith('.txt'))) {
        const text = fs.readFileSync(path.join(GUM, 'docs', file), 'utf8');
        fs.writeFileSync(path.join(analyses, file.replace(/\.txt$/, '.json')), toJson(analyze(text)));
      }
      const printed = execFileSync(process.execPath, [path.join(GUM, 'score.mjs'), '--analyses', analyses], { encoding: 'utf8' });
      const score = JSON.parse(printed.trim().split('\n').pop() ?? '{}') as GumScore;
      const figures = `claims R ${score.claims.R} P ${score.claims.P}, entities F1 ${score.entities.micro.F1}`;
      assert.ok(score.claims.R >= FLOORS.claimRecall, figures);
      assert.ok(score.claims.P >= FLOORS.claimPrecision, figures);
      assert.ok(score.entities.micro.F1 >= FLOORS.entityF1, figures);
    } finally {
      fs.rmSync(analyses, { recursive: true, force: true });
    }
  });
});
