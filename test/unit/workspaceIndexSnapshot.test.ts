// The index's model snapshot: a reopen where no document, summary or correction changed puts the report together from
// the summaries and the stored snapshot, and that report is the one a fresh build gives; anything else builds afresh.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import { summarise } from '../../src/corpus/summary';
import { contentHash } from '../../src/workspaceIndex/cacheKey';
import { IndexModel, type IndexCorrections, type IndexedDocument } from '../../src/workspaceIndex/indexModel';
import { parseSnapshot, type ModelSnapshot } from '../../src/workspaceIndex/modelSnapshot';
import { fixtureArticles, seedArticles } from '../support/fixtures';

const QUOTE = 'The new harbour wall will protect every house on the island from winter storms';

/** Written for these tests: one quotation said in three documents (so there is a group), beside the team's articles. */
const OWN: Record<string, string> = {
  'wire/first.txt': ` date 2024-02-03 "${QUOTE}," Mayor Ingrid Solberg said on Friday.\n\nHarbour master Olav Brekke said the work starts in May.\n`,
  'wire/second.txt': ` date 2024-02-01 Ingrid Solberg told the council: "${QUOTE}."\n`,
  'notes/third.md': ` date 2024-02-10 "${QUOTE}," Ingrid Solberg repeated on Monday.\n\nOlav Brekke, the harbour master, said the ferry would keep running.\n`,
};

const NONE: IndexCorrections = { knownActors: [], ignoreNames: [] };

function documents(): IndexedDocument[] {
  const texts = new Map(Object.entries(OWN));
  for (const article of [...seedArticles(), ...fixtureArticles()]) texts.set(`articles/${article.name}`, article.text);
  return [...texts].map(([name, text]) => ({
    uri: `file:///ws/${name}`,
    name,
    key: contentHash(text),
    summary: summarise(analyze(text, { document: name }), name),
  }));
}

function modelOf(entries: readonly IndexedDocument[], snapshot?: ModelSnapshot): IndexModel {
  const model = new IndexModel();
  if (snapshot) model.useSnapshot(snapshot);
  for (const entry of entries) model.set(entry);
  return model;
}

/** A snapshot as the workspace storage gives it back: through its file's text. */
function stored(snapshot: ModelSnapshot | undefined): ModelSnapshot {
  const read = parseSnapshot(JSON.stringify(snapshot));
  assert.ok(read, 'the snapshot reads back');
  return read;
}

describe('workspace index model snapshot', () => {
  const entries = documents();
  const fresh = modelOf(entries).report(NONE);
  const snapshot = stored(modelOf(entries).snapshotToWrite(NONE));

  it('gives on a reopen where nothing changed the report of a fresh build, without merging again', () => {
    assert.ok(fresh && fresh.quotations.length > 0 && fresh.coMentions.length > 0 && fresh.claims.some((claim) => claim.quotation !== null));
    // The documents come back in another order (a scan's order is the file search's).
    const reopened = modelOf([...entries].reverse(), snapshot);
    assert.deepEqual(reopened.report(NONE), fresh);
    assert.equal(reopened.builtFromSnapshot, true);
    assert.equal(reopened.snapshotToWrite(NONE), undefined, 'nothing new to write');
    const saying = fresh.quotations[0].occurrences[0];
    assert.deepEqual(reopened.otherSayings(saying.document, saying.line, NONE), modelOf(entries).otherSayings(saying.document, saying.line, NONE));
  });

  it('builds afresh (and has a new snapshot to write) when a document, its summary or the corrections changed', () => {
    const changed = entries.map((entry, index) => (index === 1 ? { ...entry, key: `${entry.key}x` } : entry));
    const edited = modelOf(changed, snapshot);
    assert.deepEqual(edited.report(NONE), fresh);
    assert.equal(edited.builtFromSnapshot, false);
    assert.ok(edited.snapshotToWrite(NONE));

    const fewer = modelOf(entries.slice(1), snapshot);
    assert.deepEqual(fewer.report(NONE), modelOf(entries.slice(1)).report(NONE));
    assert.equal(fewer.builtFromSnapshot, false);

    const speaker = fresh?.actors[0].name ?? '';
    const corrections: IndexCorrections = { knownActors: [], ignoreNames: [speaker] };
    const ignoring = modelOf(entries, snapshot);
    assert.deepEqual(ignoring.report(corrections), modelOf(entries).report(corrections));
    assert.equal(ignoring.builtFromSnapshot, false);
  });

  it('builds afresh, and writes it again, when the stored snapshot of these documents is damaged', () => {
    const damaged: ModelSnapshot[] = [
      { ...snapshot, claimActors: snapshot.claimActors.slice(1) },
      { ...snapshot, quotations: [[9999, 0]] },
      { ...snapshot, actors: [] },
      { ...snapshot, documentActors: snapshot.documentActors.slice(1) },
    ];
    for (const bad of damaged) {
      const model = modelOf(entries, bad);
      assert.deepEqual(model.report(NONE), fresh);
      assert.equal(model.builtFromSnapshot, false);
      assert.deepEqual(model.snapshotToWrite(NONE), snapshot, 'the snapshot is taken again');
    }
    assert.equal(parseSnapshot('{"kind": "sourcelens-index-model", "version": 1, "ke'), undefined);
    assert.equal(parseSnapshot(JSON.stringify({ ...snapshot, version: 99 })), undefined);
  });
});
