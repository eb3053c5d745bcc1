// Builds a throwaway workspace folder with the sample documents (and any generated ones), so runs never touch the repo.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from './provision';

/** The seed article every suite checks against. */
export const seedFileName = '000_3f34881810dbdd74.txt';

/** Folders whose `.txt` documents make up the samples: the seed and, when present, the fixture articles. */
export const sampleFolders = [path.join(repoRoot, 'test', 'fixtures', 'seed'), path.join(repoRoot, 'test', 'fixtures', 'articles')];

export interface Workspace {
  readonly dir: string;
  file(name: string): string;
  dispose(): void;
}

/** Copies the sample documents, plus `extraFiles` (name → content), into a new temporary folder. */
export function createSampleWorkspace(extraFiles: Record<string, string | Buffer> = {}): Workspace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-workspace-'));
  for (const folder of sampleFolders) {
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder).filter((entry) => entry.endsWith('.txt'))) {
      fs.copyFileSync(path.join(folder, name), path.join(dir, name));
    }
  }
  for (const [name, content] of Object.entries(extraFiles)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return {
    dir,
    file: (name: string) => path.join(dir, name),
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
