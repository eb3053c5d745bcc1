// Mocha root hooks of the UI suite: each run starts from an empty test-results/e2e, so every screenshot there is from this run.
import * as fs from 'fs';
import { artifactsDir } from './harness/artifacts';

export const mochaHooks = {
  beforeAll(): void {
    const dir = artifactsDir('e2e');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
  },
};
