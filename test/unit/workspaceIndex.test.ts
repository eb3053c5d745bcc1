// The workspace index's pure parts: cache keys and the cache file, the update plan a scan makes, the model that folds
// summaries into a report (incremental changes equal a fresh build), the exclude globs, and the Sources views' trees.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import { summarise, type DocumentSummary } from '../../src/corpus/summary';
import { cacheKey, contentHash } from '../../src/workspaceIndex/cacheKey';
import { holdsSame, parseCache, readCache, serialiseCache } from '../../src/workspaceIndex/cacheFile';
import { RACY_MS, sameStamps, stampHolds, stampOf, type FileStamp } from '../../src/workspaceIndex/fileStamp';
import { IndexModel, planUpdate, type IndexCorrections } from '../../src/workspaceIndex/indexModel';
import {
  combinedGlob,
  enabledGlobs,
  expandBraces,
  gitignoreGlobs,
  includeGlob,
  literalGlob,
} from '../../src/workspaceIndex/excludes';
import { QuotationsTreeModel, SourcesTreeModel, type SourceNode } from '../../src/views/sourcesModel';

const QUOTE = 'The new harbour wall will protect every house on the island from winter storms';

/** Written for these tests: three reports of one quotation, and a fourth document without it. */
const TEXTS: Record<string, string> = {
  'wire/first.txt': ` date 2024-02-03 "${QUOTE}," Mayor Ingrid Solberg said on Friday.\n\nHarbour master Olav Brekke said the work starts in May.\n`,
  'wire/second.txt': ` date 2024-02-01 Ingrid Solberg told the council: "${QUOTE}."\n`,
  'notes/third.md': ` date 2024-02-10 "${QUOTE}," Ingrid Solberg repeated on Monday.\n\nOlav Brekke, the harbour master, said the ferry would keep running.\n`,
  'other.txt': ` date 2024-01-15 "Ticket prices stay the same next year," said Kari Nilsen, who runs the ferry company.\n`,
};

const NO_CORRECTIONS: IndexCorrections = { knownActors: [], ignoreNames: [] };

function summaryOf(name: string): DocumentSummary {
  return summarise(analyze(TEXTS[name], { document: name }), name);
}

function modelOf(names: readonly string[]): IndexModel {
  const model = new IndexModel();
  for (const name of names) model.set({ uri: `file:///ws/${name}`, name, key: contentHash(TEXTS[name]), summary: summaryOf(name) });
  return model;
}

describe('workspace index', () => {
  describe('cache keys', () => {
    it('gives the same text the same key, and another text, engine or set of corrections another', () => {
      const hash = contentHash(TEXTS['other.txt']);
      assert.equal(hash, contentHash(`${TEXTS['other.txt']}`));
      assert.notEqual(hash, contentHash(`${TEXTS['other.txt']} `));
      const key = cacheKey('1.0.0', '[null,[],[]]', hash);
      assert.equal(key, cacheKey('1.0.0', '[null,[],[]]', hash));
      assert.notEqual(key, cacheKey('1.0.1', '[null,[],[]]', hash));
      assert.notEqual(key, cacheKey('1.0.0', '[null,[],["Kari Nilsen"]]', hash));
    });

    it('reads back what it wrote, and drops a broken entry or a file of another version', () => {
      const summary = summaryOf('other.txt');
      const text = serialiseCache([['k1', summary]]);
      assert.deepEqual([...parseCache(text)], [['k1', summary]]);
      const broken = JSON.parse(text) as { entries: Record<string, unknown>; version: number };
      broken.entries.k2 = { type: 'document', schema: 1, document: 'x', documentDate: null, actors: 'not a list', claims: [], quotes: [] };
      assert.deepEqual([...parseCache(JSON.stringify(broken)).keys()], ['k1']);
      assert.equal(parseCache(JSON.stringify({ ...broken, version: 99 })).size, 0);
      assert.equal(parseCache('{"kind": "sourcelens-index-cache", "version": 1, "entr').size, 0);
    });

    it('writes a file of ASCII only that reads back every character (accents, other scripts, emoji, a lone surrogate)', () => {
      const summary = summaryOf('other.txt');
      const names = ['Kari Nilsen Sørensen', 'Ελένη Παππά', 'The 🚢 ferry', 'broken \ud800 half', 'quote "\\" and \u007f'];
      const exotic = { ...summary, actors: summary.actors.map((actor, index) => ({ ...actor, name: names[index % names.length] })) };
      exotic.documentDate = names.join('|');
      const text = serialiseCache([['k1', exotic]]);
      assert.match(text, /^[\x20-\x7e]*$/);
      assert.deepEqual(parseCache(text).get('k1'), exotic);
    });

    it('knows when the file already holds the summaries in use, so that it is not written again', () => {
      const first = summaryOf('other.txt');
      const second = summaryOf('wire/second.txt');
      const read = readCache(serialiseCache([['k1', first], ['k2', second]]));
      assert.equal(read.whole, true);
      const entries = read.entries;
      assert.equal(holdsSame(entries, new Map([['k2', entries.get('k2') as DocumentSummary], ['k1', entries.get('k1') as DocumentSummary]])), true);
      // One removed, one added, or a summary replaced under its key (even by an equal one): the file must be written.
      assert.equal(holdsSame(entries, new Map([['k1', entries.get('k1') as DocumentSummary]])), false);
      assert.equal(holdsSame(entries, new Map([...entries, ['k3', first]])), false);
      assert.equal(holdsSame(entries, new Map([...entries, ['k1', { ...first }]])), false);
      // A file with a broken entry is not whole: writing it again drops that entry.
      const broken = JSON.parse(serialiseCache([['k1', first]])) as { entries: Record<string, unknown> };
      broken.entries.k2 = { type: 'document' };
      assert.equal(readCache(JSON.stringify(broken)).whole, false);
      assert.equal(readCache('not json').whole, false);
    });
  });

  describe('file stamps', () => {
    const text = TEXTS['other.txt'];
    const hash = contentHash(text);
    const readAt = Date.parse('2026-03-01T12:00:00Z');
    const stat = { size: Buffer.byteLength(text), mtime: readAt - 60_000 };

    it('takes a file whose size and modification time are as recorded to hold the text hashed then', () => {
      const stamp = stampOf(stat, text, hash, readAt);
      assert.ok(stamp);
      assert.deepEqual(stamp, { size: stat.size, mtime: stat.mtime, hash, chars: text.length });
      assert.equal(stampHolds(stamp, { ...stat }), true);
      assert.equal(stampHolds(undefined, stat), false);
    });

    it('reads again a file changed while closed, even at the same size, and one only touched (its hash then unchanged)', () => {
      const stamp = stampOf(stat, text, hash, readAt) as FileStamp;
      const edited = text.replace('same', 'SAME');
      assert.equal(Buffer.byteLength(edited), stat.size);
      const editedStat = { size: stat.size, mtime: stat.mtime + 1 };
      assert.equal(stampHolds(stamp, editedStat), false, 'same size, later time: read again');
      assert.notEqual(contentHash(edited), stamp.hash, 'and its new text gets another key');
      assert.equal(stampHolds(stamp, { size: stat.size + 1, mtime: stat.mtime }), false, 'other size, same time: read again');
      // Touched: read again, same hash, so the same cache key; only the stamp is new.
      const touched = stampOf({ ...editedStat }, text, hash, readAt) as FileStamp;
      assert.equal(touched.hash, stamp.hash);
      assert.equal(sameStamps(new Map([['u', stamp]]), new Map([['u', touched]])), false, 'the new stamp is written');
      assert.equal(sameStamps(new Map([['u', stamp]]), new Map([['u', { ...stamp }]])), true);
    });

    it('records no stamp for a file modified too close to its reading (a same-tick write would go unseen)', () => {
      assert.equal(stampOf({ size: stat.size, mtime: readAt - RACY_MS + 1 }, text, hash, readAt), undefined);
      assert.equal(stampOf({ size: stat.size, mtime: readAt + 5_000 }, text, hash, readAt), undefined);
      assert.equal(stampOf({ size: stat.size, mtime: Number.NaN }, text, hash, readAt), undefined);
    });

    it('keeps stamps in the cache file, drops a broken one, and reads a file written without them', () => {
      const summary = summaryOf('other.txt');
      const stamp = stampOf(stat, text, hash, readAt) as FileStamp;
      const read = readCache(serialiseCache([['k1', summary]], [['file:///ws/other.txt', stamp]]));
      assert.equal(read.whole, true);
      assert.deepEqual([...read.stamps], [['file:///ws/other.txt', stamp]]);
      const broken = JSON.parse(serialiseCache([['k1', summary]], [['file:///ws/other.txt', stamp]])) as { files: Record<string, unknown> };
      broken.files['file:///ws/x.txt'] = [1, 'x', hash, 3];
      const reread = readCache(JSON.stringify(broken));
      assert.equal(reread.whole, false);
      assert.deepEqual([...reread.stamps.keys()], ['file:///ws/other.txt']);
      const older = JSON.parse(serialiseCache([['k1', summary]])) as Record<string, unknown>;
      delete older.files;
      const old = readCache(JSON.stringify(older));
      assert.equal(old.whole, true);
      assert.equal(old.stamps.size, 0);
      assert.equal(old.entries.size, 1);
    });
  });

  describe('update plan', () => {
    const indexed = new Map([
      ['a', 'ka'],
      ['b', 'kb'],
      ['c', 'kc'],
    ]);
    const cached = (key: string): boolean => key === 'kb2';

    it('keeps what did not change, takes a cached summary, analyses the rest and removes what a full scan did not find', () => {
      const plan = planUpdate(indexed, [
        { uri: 'a', key: 'ka' },
        { uri: 'b', key: 'kb2' },
        { uri: 'd', key: 'kd' },
      ], cached, true);
      assert.deepEqual(plan.unchanged.map((d) => d.uri), ['a']);
      assert.deepEqual(plan.fromCache.map((d) => d.uri), ['b']);
      assert.deepEqual(plan.toAnalyse.map((d) => d.uri), ['d']);
      assert.deepEqual(plan.removed, ['c']);
    });

    it('removes nothing after a partial scan (a watcher event names only what changed)', () => {
      const plan = planUpdate(indexed, [{ uri: 'b', key: 'kb3' }], cached, false);
      assert.deepEqual(plan.toAnalyse.map((d) => d.uri), ['b']);
      assert.deepEqual(plan.removed, []);
    });
  });

  describe('model', () => {
    it('groups a quotation said in three documents, earliest first, and names the others from each', () => {
      const model = modelOf(Object.keys(TEXTS));
      const report = model.report(NO_CORRECTIONS);
      assert.ok(report);
      assert.equal(report.documents.length, 4);
      const group = report.quotations.find((candidate) => candidate.documents === 3);
      assert.ok(group, JSON.stringify(report.quotations));
      assert.deepEqual(group.occurrences.map((o) => o.document), ['wire/second.txt', 'wire/first.txt', 'notes/third.md']);
      const first = group.occurrences.find((o) => o.document === 'wire/first.txt');
      assert.ok(first);
      const others = model.otherSayings('wire/first.txt', first.line, NO_CORRECTIONS);
      assert.deepEqual(others.map((o) => o.document), ['wire/second.txt', 'notes/third.md']);
      assert.deepEqual(model.otherSayings('other.txt', 1, NO_CORRECTIONS), []);
    });

    it('merges an actor across documents, and applies merges and ignored names', () => {
      const model = modelOf(Object.keys(TEXTS));
      const solberg = model.report(NO_CORRECTIONS)?.actors.find((actor) => actor.name === 'Ingrid Solberg');
      assert.equal(solberg?.documents, 3);
      const corrected = model.report({
        knownActors: [{ name: 'Olav Brekke', type: 'PERSON', aliases: ['Ingrid Solberg'] }],
        ignoreNames: ['Kari Nilsen'],
      });
      assert.ok(corrected);
      const names = corrected.actors.map((actor) => actor.name);
      assert.ok(!names.includes('Kari Nilsen'), names.join(', '));
      assert.ok(!names.includes('Ingrid Solberg'), names.join(', '));
      assert.ok((corrected.actors.find((actor) => actor.name === 'Olav Brekke')?.documents ?? 0) >= 3);
    });

    it('gives after changes and removals the report a fresh build of the same documents gives', () => {
      const model = modelOf(Object.keys(TEXTS));
      model.report(NO_CORRECTIONS);
      model.delete('file:///ws/notes/third.md');
      const changed = 'wire/second.txt';
      const text = TEXTS[changed];
      TEXTS[changed] = ` date 2024-02-01 Ingrid Solberg told the council nothing new.\n`;
      try {
        model.set({ uri: `file:///ws/${changed}`, name: changed, key: contentHash(TEXTS[changed]), summary: summaryOf(changed) });
        const fresh = modelOf(['wire/first.txt', changed, 'other.txt']);
        assert.deepEqual(model.report(NO_CORRECTIONS), fresh.report(NO_CORRECTIONS));
        assert.equal(model.report(NO_CORRECTIONS)?.quotations.length, 0);
      } finally {
        TEXTS[changed] = text;
      }
    });

    it('removes what was under a deleted folder, and is empty (no report) when nothing is left', () => {
      const model = modelOf(Object.keys(TEXTS));
      assert.equal(model.deleteUnder('file:///ws/wire'), 2);
      assert.equal(model.size, 2);
      assert.equal(model.uriOf('wire/first.txt'), undefined);
      model.clear();
      assert.equal(model.report(NO_CORRECTIONS), undefined);
    });
  });

  describe('exclude globs', () => {
    it('reads a .gitignore: anchored and unanchored patterns, folders, comments; negations are skipped', () => {
      assert.deepEqual(gitignoreGlobs('# build output\nbuild/\n/drafts\n*.log\ndocs/private/\n!keep.log\n\n'), [
        '**/build/**',
        'drafts',
        'drafts/**',
        '**/*.log',
        '**/*.log/**',
        'docs/private/**',
      ]);
    });

    it('reads a nested .gitignore for its own folder only, as git does', () => {
      assert.deepEqual(gitignoreGlobs('drafts/\n/old.txt\n', 'archive/2023/'), [
        'archive/2023/**/drafts/**',
        'archive/2023/old.txt',
        'archive/2023/old.txt/**',
      ]);
      assert.deepEqual(gitignoreGlobs('*.txt\n', 'odd{name}/'), [], 'a folder name a glob cannot say literally adds nothing');
    });

    it('takes only the switched-on entries of an exclude setting', () => {
      assert.deepEqual(enabledGlobs({ '**/a': true, '**/b': false, '**/c': { when: '$(basename).ts' } }), ['**/a']);
      assert.deepEqual(enabledGlobs(['**/a']), []);
    });

    it('makes one glob of many, expanding braces that a brace alternative cannot hold', () => {
      assert.deepEqual(expandBraces('**/*.{md,txt}'), ['**/*.md', '**/*.txt']);
      assert.equal(combinedGlob([]), undefined);
      assert.equal(combinedGlob(['**/a/**']), '**/a/**');
      assert.equal(combinedGlob(['**/a/**', '**/*.{log,tmp}', '**/a/**']), '{**/a/**,**/*.log,**/*.tmp}');
      assert.deepEqual(expandBraces('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}', 64), []);
    });

    it('includes the files of the configured languages and matches one path literally', () => {
      assert.equal(includeGlob(['plaintext', 'markdown', 'source-document']), '**/*.{txt,text,md,markdown}');
      assert.equal(includeGlob(['markdown']), '**/*.{md,markdown}');
      assert.equal(includeGlob(['python']), undefined);
      assert.equal(literalGlob('notes/a{1}*.md'), 'notes/a[{]1[}][*].md');
      assert.equal(literalGlob('notes/[draft].md'), undefined);
    });
  });

  describe('Sources and Quotations views', () => {
    const report = modelOf(Object.keys(TEXTS)).report(NO_CORRECTIONS);
    assert.ok(report);

    const labels = (nodes: readonly SourceNode[]): string[] => nodes.map((node) => node.label);

    it('lists actor → documents → claims, each claim opening its document at its line', () => {
      const tree = new SourcesTreeModel(report, 'actor', 'claims');
      const solberg = tree.roots().find((node) => node.label === 'Ingrid Solberg');
      assert.ok(solberg, labels(tree.roots()).join(', '));
      const documents = tree.children(solberg);
      assert.deepEqual(labels(documents), ['wire/second.txt', 'wire/first.txt', 'notes/third.md']);
      const claims = tree.children(documents[1]);
      assert.ok(claims.length >= 1);
      assert.equal(claims[0].target?.document, 'wire/first.txt');
      assert.equal(claims[0].target?.line, report.claims.find((c) => c.document === 'wire/first.txt' && c.speaker.includes('Solberg'))?.line);
    });

    it('sorts actors by documents and by first date, and lists documents with their actors', () => {
      const byDate = new SourcesTreeModel(report, 'actor', 'firstDate').roots();
      assert.equal(byDate[0].label, 'Kari Nilsen');
      const byDocuments = new SourcesTreeModel(report, 'actor', 'documents').roots();
      assert.equal(byDocuments[0].label, 'Ingrid Solberg');
      const documents = new SourcesTreeModel(report, 'document', 'firstDate');
      const roots = documents.roots();
      assert.deepEqual(labels(roots), ['other.txt', 'wire/second.txt', 'wire/first.txt', 'notes/third.md']);
      const actors = labels(documents.children(roots[2]));
      assert.ok(actors.includes('Ingrid Solberg') && actors.includes('Olav Brekke'), actors.join(', '));
    });

    it('lists each quotation group with the documents it was said in', () => {
      const tree = new QuotationsTreeModel(report);
      const roots = tree.roots();
      assert.equal(roots.length, 1);
      assert.deepEqual(labels(tree.children(roots[0])), ['wire/second.txt', 'wire/first.txt', 'notes/third.md']);
    });

    it('escapes document text in labels and tooltips', () => {
      const hostile = summarise(analyze(' date 2024-03-01 "Click [here](command:evil) now please everyone," Ola **Bold** said.\n'), 'x.txt');
      const model = new IndexModel();
      model.set({ uri: 'file:///ws/x.txt', name: 'x.txt', key: 'k', summary: hostile });
      const hostileReport = model.report(NO_CORRECTIONS);
      assert.ok(hostileReport);
      const tree = new SourcesTreeModel(hostileReport, 'document', 'claims');
      const flat = (nodes: SourceNode[]): SourceNode[] => nodes.flatMap((node) => [node, ...flat(tree.children(node))]);
      for (const node of flat(tree.roots())) assert.ok(!(node.tooltip ?? '').includes('](command:'), node.tooltip);
    });
  });
});
