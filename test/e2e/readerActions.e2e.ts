// What a reader does with Source Lens beyond reading: export, copy a citation, filter and sort, correct the analysis, and see the grammar and theme colours.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import type { Analysis, KnownActor } from '../../src/analysis/types';
import { CSV_COLUMNS } from '../../src/export';
import { saveScreenshot } from './harness/artifacts';
import {
  decorationColoursAt,
  highlightColours,
  renderedDecorations,
  themeColourMismatches,
  workbenchThemeKind,
  type ThemeKind,
} from './harness/decorations';
import { eventually, sourceLensErrors, useSession } from './harness/scenarios';
import type { Session } from './harness/session';
import { inspectedScopes, tokenColourOf } from './harness/tokens';
import {
  answerSaveDialog,
  chooseColorTheme,
  chooseQuickPickRow,
  goToLine,
  hoverText,
  openFromExplorer,
  openViewContainer,
  quickInput,
  runContextMenuItem,
  runFromPalette,
  runNotificationAction,
  runViewTitleAction,
  runViewTitleMenuItem,
  statusBarItem,
  textBox,
  treeRowLabels,
  viewPane,
} from './harness/workbench';
import { seedFileName } from './harness/workspace';

/** A dated council story whose quotations start with the characters spreadsheets read as formulas. */
const councilFileName = 'council-budget.txt';
const councilText = [
  ' date 2024-05-02 Council budget',
  '',
  '“=SUM(A1:A9) is the budget line,” Mayor Anna Berg said on Monday.',
  '',
  '“+1 for the bridge,” Councillor Tom Reed told reporters in Oslo.',
  '',
  '“@everyone should vote,” said Anna Berg.',
  '',
  '“-5 per cent is the cut,” Reed said.',
  '',
].join('\n');

/** The page's clipboard, as the probes see it (the Node-side build has no DOM library). */
interface BrowserClipboard {
  navigator: { clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> } };
}

/** An analysis without its timings, which differ from run to run. */
function withoutStats(analysis: Analysis): Omit<Analysis, 'stats'> {
  const { stats: _stats, ...rest } = analysis;
  return rest;
}

/** Records of an RFC 4180 document (quoted fields, doubled quotes, CRLF or LF between records). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') {
        quoted = false;
      } else {
        field += character;
      }
    } else if (character === '"') {
      quoted = true;
    } else if (character === ',') {
      record.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += character;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/** Markdown with its backslash escapes removed: the text a reader sees rendered. */
function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

/** Names of the actors listed in the Actors view, read from what a screen reader says for each row ("Name, person, 2 mentions, 1 claim"). */
async function listedActors(session: Session): Promise<string[]> {
  const labels = await treeRowLabels(viewPane(session.page, 'Actors'));
  return labels.flatMap((label) => /^(.+), (?:person|organization|place), \d+ mentions?, \d+ claims?$/.exec(label)?.[1] ?? []);
}

/** `sourcelens.*` entries of the workspace's `.vscode/settings.json` (undefined when the file does not exist). */
function workspaceSettings(session: Session): Record<string, unknown> | undefined {
  const file = path.join(session.workspace.dir, '.vscode', 'settings.json');
  if (!fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, 'utf8');
  return text.trim() ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** The colour each highlight kind shows with in a theme kind: high-contrast themes draw underlines, not backgrounds. */
function visibleKindColours(kind: ThemeKind): string[] {
  const highContrast = kind === 'highContrast' || kind === 'highContrastLight';
  return Object.values(highlightColours).map((colour) => (highContrast && colour.endsWith('Background') ? colour.replace(/Background$/, 'Border') : colour));
}

describe('Source Lens reader actions in a real VS Code (export, citations, view controls, corrections, grammar, themes)', function () {
  const current = useSession('reader', { extraFiles: { [councilFileName]: councilText } });
  let session: Session;
  let seedText: string;
  let seedAnalysis: Analysis;
  /** Exports go outside the workspace, so the Explorer's rows do not move under the clicks of later scenarios. */
  let exportDir: string;

  before(() => {
    session = current();
    seedText = fs.readFileSync(session.workspace.file(seedFileName), 'utf8');
    seedAnalysis = analyze(seedText, { document: seedFileName });
    exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-exports-'));
    // A subfolder makes the save dialog's listing of this folder differ from the workspace's, so the harness can see
    // the dialog arrive here before it presses Enter.
    fs.mkdirSync(path.join(exportDir, 'earlier exports'));
  });

  afterEach(async () => {
    // A scenario that failed half-way may leave a quick input or a menu open; the next one starts without them
    // (this runs after the screenshot).
    for (const leftOpen of [quickInput(session.page), session.page.locator('.context-view .monaco-menu')]) {
      if (await leftOpen.isVisible()) await session.page.keyboard.press('Escape');
    }
  });

  after(() => {
    if (exportDir) fs.rmSync(exportDir, { recursive: true, force: true });
  });

  async function openAnalysed(fileName: string, analysis: Analysis): Promise<void> {
    await openFromExplorer(session.page, fileName);
    const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
    await statusBarItem(session.page, `${counted(analysis.actors.length, 'actor')} · ${counted(analysis.claims.length, 'claim')}`).waitFor({ state: 'visible', timeout: 30_000 });
  }

  /** Waits until the browser's clipboard holds `expected`; fails showing what it holds instead. */
  async function waitForClipboard(expected: string): Promise<void> {
    const read = (): Promise<string> => session.page.evaluate(() => (globalThis as unknown as BrowserClipboard).navigator.clipboard.readText());
    const deadline = Date.now() + 5_000;
    let held = await read();
    while (held !== expected && Date.now() < deadline) {
      await session.page.waitForTimeout(100);
      held = await read();
    }
    assert.strictEqual(held, expected, 'the clipboard holds the claim with its citation');
  }

  async function exportTo(format: 'JSON' | 'CSV' | 'Markdown', fileName: string): Promise<string> {
    const target = path.join(exportDir, fileName);
    await chooseQuickPickRow(session.page, format);
    await answerSaveDialog(session.page, target);
    await session.page.locator('.notification-toast').filter({ hasText: `Exported the analysis as ${format}.` }).waitFor({ state: 'visible' });
    assert.ok(fs.existsSync(target), `${target} is written`);
    return target;
  }

  it('exports the analysis as JSON from the command palette: the engine\'s analysis of the seed', async () => {
    const { page } = session;
    await openAnalysed(seedFileName, seedAnalysis);
    await runFromPalette(page, 'Source Lens: Export Analysis…');
    const file = await exportTo('JSON', 'seed-analysis.json');
    await runFromPalette(page, 'Notifications: Clear All Notifications');
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as Analysis;
    assert.strictEqual(exported.claims.length, seedAnalysis.claims.length, 'claims');
    assert.deepStrictEqual(
      exported.actors.map((actor) => `${actor.name} (${actor.type})`),
      seedAnalysis.actors.map((actor) => `${actor.name} (${actor.type})`),
      'actors',
    );
    assert.deepStrictEqual(withoutStats(exported), withoutStats(seedAnalysis), 'the whole analysis');
  });

  it('exports CSV from the Actors view\'s menu: documented columns, one row per claim, quotation and entity, formulas neutralised', async () => {
    const { page } = session;
    const councilAnalysis = analyze(councilText, { document: councilFileName });
    await openAnalysed(councilFileName, councilAnalysis);
    await openViewContainer(page, 'Source Lens');
    await runViewTitleAction(page, 'Actors', 'Export Analysis…');
    const file = await exportTo('CSV', 'council.csv');
    await runFromPalette(page, 'Notifications: Clear All Notifications');
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.includes('\r\n'), 'records end with CRLF (RFC 4180)');
    const [header, ...rows] = parseCsv(text);
    assert.deepStrictEqual(header, [...CSV_COLUMNS], 'the documented header');
    const column = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name);
    const kinds = rows.map((row) => row[column('kind')]);
    const unattributedQuotes = councilAnalysis.quotes.filter((quote) => quote.claimId === undefined).length;
    assert.strictEqual(kinds.filter((kind) => kind === 'claim').length, councilAnalysis.claims.length, 'one row per claim');
    assert.strictEqual(kinds.filter((kind) => kind === 'quote').length, unattributedQuotes, 'one row per quotation attached to no claim');
    assert.strictEqual(kinds.filter((kind) => kind === 'entity').length, councilAnalysis.entities.length, 'one row per entity');
    assert.strictEqual(rows.length, councilAnalysis.claims.length + unattributedQuotes + councilAnalysis.entities.length, 'nothing else');
    for (const row of rows) {
      assert.strictEqual(row.length, CSV_COLUMNS.length, `every row has every column: ${row.join(',')}`);
      for (const cell of row) assert.ok(!/^[ ]*[=+\-@\t\r\n]/.test(cell) || cell === '-', `a spreadsheet would run "${cell}" as a formula`);
    }
    // The engine's own spans that start like a formula must come out as text behind a quote mark; the story is
    // written so there are some, or the check above would prove nothing.
    const dangerous = [...councilAnalysis.claims, ...councilAnalysis.entities].map((span) => span.text).filter((text) => /^[=+\-@]/.test(text));
    assert.ok(dangerous.length >= 3, `the council story yields spans that start like formulas: ${JSON.stringify(dangerous)}`);
    const texts = rows.map((row) => row[column('text')]);
    for (const text of dangerous) assert.ok(texts.includes(`'${text}`), `"${text}" is kept as text behind a quote mark: ${JSON.stringify(texts)}`);
  });

  it('exports a Markdown report with every actor and file:line citations, and opens it', async () => {
    const { page } = session;
    await openAnalysed(seedFileName, seedAnalysis);
    await runFromPalette(page, 'Source Lens: Export Analysis…');
    const file = await exportTo('Markdown', 'seed-report.md');
    const report = unescapeMarkdown(fs.readFileSync(file, 'utf8'));
    assert.match(report, new RegExp(`^# Source Lens report: ${seedFileName.replace('.', '\\.')}`));
    for (const section of ['## People', '## Organizations', '## Places']) assert.ok(report.includes(section), `section ${section}`);
    for (const actor of seedAnalysis.actors) assert.ok(report.includes(actor.name), `${actor.name} is in the report`);
    for (const actor of seedAnalysis.actors.filter((candidate) => candidate.claimIds.length > 0)) {
      assert.ok(report.includes(`### ${actor.name}`), `${actor.name} has a section of claims`);
    }
    for (const claim of seedAnalysis.claims) assert.ok(report.includes(`${seedFileName}:${claim.line}`), `claim ${claim.id} is cited as ${seedFileName}:${claim.line}`);
    await runNotificationAction(page, 'Exported the analysis as Markdown.', 'Open');
    await page.getByRole('tab', { name: /^seed-report\.md/ }).waitFor({ state: 'visible' });
    await eventually('the report in the editor', async () => ((await textBox(page, '# Source Lens report')) ? true : undefined));
  });

  it('copies a claim with its citation from the Claims view (context menu and inline button)', async () => {
    const { page } = session;
    await openAnalysed(seedFileName, seedAnalysis);
    await openViewContainer(page, 'Source Lens');
    const claims = viewPane(page, 'Claims');
    const peskovClaim = seedAnalysis.claims.find((claim) => claim.speaker === 'Dmitry Peskov');
    assert.ok(peskovClaim);
    await page.evaluate(() => (globalThis as unknown as BrowserClipboard).navigator.clipboard.writeText(''));
    await runContextMenuItem(page, claims.getByRole('treeitem').filter({ hasText: 'Dmitry Peskov:' }).first(), 'Copy Claim with Citation');
    await waitForClipboard(`"${peskovClaim.text}" — Dmitry Peskov, ${seedFileName}:${peskovClaim.line}`);

    const qinClaim = seedAnalysis.claims.find((claim) => claim.speaker === 'Qin Gang');
    assert.ok(qinClaim);
    const qinRow = claims.getByRole('treeitem').filter({ hasText: 'Qin Gang:' }).first();
    await qinRow.hover();
    await qinRow.getByRole('button', { name: 'Copy Claim with Citation' }).click();
    await waitForClipboard(`"${qinClaim.text}" — Qin Gang, ${seedFileName}:${qinClaim.line}`);
  });

  it('filters the Actors view by text, clears the filter, and sorts actors by claims', async () => {
    const { page } = session;
    await openViewContainer(page, 'Source Lens');
    const actors = viewPane(page, 'Actors');
    const unfiltered = await eventually('actors listed', async () => {
      const names = await listedActors(session);
      return names.length > 3 ? names : undefined;
    });
    await runViewTitleAction(page, 'Actors', 'Filter…');
    await quickInput(page).getByText('Filter Actors and Claims').waitFor({ state: 'visible' });
    await quickInput(page).locator('input').first().fill('pes');
    await page.keyboard.press('Enter');
    await eventually('only matching actors', async () => ((await listedActors(session)).join('|') === 'Dmitry Peskov' ? true : undefined));
    assert.match(await actors.locator('.pane-header').innerText(), /“pes”/, 'the view says it is filtered');
    const claimRows = await treeRowLabels(viewPane(page, 'Claims'));
    assert.ok(claimRows.length > 0 && claimRows.every((label) => /Peskov/.test(label)), `the Claims view is filtered too: ${claimRows.join(' | ')}`);
    await saveScreenshot(page, 'e2e', 'reader actors view filtered by pes');

    await runViewTitleAction(page, 'Actors', 'Clear Filter');
    await eventually('every actor again', async () => ((await listedActors(session)).join('|') === unfiltered.join('|') ? true : undefined));
    assert.doesNotMatch(await actors.locator('.pane-header').innerText(), /“pes”/);

    await runViewTitleMenuItem(page, 'Actors', 'Sort Actors By', 'Sort Actors by Claims');
    const people = seedAnalysis.actors.filter((actor) => actor.type === 'PERSON');
    const mostClaims = Math.max(...people.map((actor) => actor.claimIds.length));
    const sorted = await eventually('people sorted by claims', async () => {
      const names = await listedActors(session);
      const first = people.find((actor) => actor.name === names[0]);
      return first && first.claimIds.length === mostClaims ? names : undefined;
    });
    const personOrder = sorted.filter((name) => people.some((actor) => actor.name === name));
    const counts = personOrder.map((name) => people.find((actor) => actor.name === name)?.claimIds.length ?? -1);
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a), `people by claims, most first: ${personOrder.join(', ')}`);
    assert.match(await actors.locator('.pane-header').innerText(), /by claims/);
    await saveScreenshot(page, 'e2e', 'reader actors view sorted by claims');
    await runViewTitleMenuItem(page, 'Actors', 'Sort Actors By', 'Sort Actors by First Appearance');
    await eventually('reading order again', async () => ((await listedActors(session))[0] === 'Xi Jinping' ? true : undefined));
  });

  it('ignores a name from the Actors view\'s context menu in the workspace settings, and Undo brings it back', async () => {
    const { page } = session;
    await openAnalysed(seedFileName, seedAnalysis);
    await goToLine(page, 9);
    const peskov = seedAnalysis.actors.find((actor) => actor.name === 'Dmitry Peskov');
    assert.ok(peskov);
    assert.ok((await decorationColoursAt(page, 'Dmitry Peskov'))?.includes(highlightColours.person), 'highlighted as a person before');
    await openViewContainer(page, 'Source Lens');
    await runContextMenuItem(page, viewPane(page, 'Actors').getByRole('treeitem', { name: /^Dmitry Peskov/ }), 'Ignore This Name…');
    await chooseQuickPickRow(page, /Workspace settings/);
    const written = await eventually('.vscode/settings.json with the ignore list', async () => {
      const ignored = workspaceSettings(session)?.['sourcelens.ignoreNames'];
      return Array.isArray(ignored) ? (ignored as string[]) : undefined;
    });
    assert.deepStrictEqual([...written].sort(), [peskov.name, ...peskov.aliases].sort(), 'his name and every alias');
    await eventually('Peskov to leave the Actors view', async () => ((await listedActors(session)).includes('Dmitry Peskov') ? undefined : true));
    await eventually('his highlight to go', async () => ((await decorationColoursAt(page, 'Dmitry Peskov'))?.includes(highlightColours.person) ? undefined : true));
    await saveScreenshot(page, 'e2e', 'reader peskov ignored in the workspace');

    await runNotificationAction(page, /Source Lens will ignore/, 'Undo');
    await eventually('the ignore list to be removed again', async () => (workspaceSettings(session)?.['sourcelens.ignoreNames'] === undefined ? true : undefined));
    await eventually('Peskov back in the Actors view', async () => ((await listedActors(session)).includes('Dmitry Peskov') ? true : undefined));
    await eventually('his highlight back', async () => ((await decorationColoursAt(page, 'Dmitry Peskov'))?.includes(highlightColours.person) ? true : undefined));
  });

  it('merges an actor into another from its hover card in the workspace settings, and Undo separates them again', async () => {
    const { page } = session;
    await openAnalysed(seedFileName, seedAnalysis);
    await page.keyboard.press('Escape');
    await goToLine(page, 7);
    const hover = await hoverText(page, 'Kremlin');
    assert.match(await hover.innerText(), /Kremlin · Organization/);
    await hover.locator('a', { hasText: 'Merge into actor…' }).click();
    await quickInput(page).getByText('Merge “Kremlin” into…').waitFor({ state: 'visible' });
    await quickInput(page).locator('input').first().fill('Vladimir Putin');
    await chooseQuickPickRow(page, 'Vladimir Putin');
    await quickInput(page).getByText('Record “Kremlin” as “Vladimir Putin” in…').waitFor({ state: 'visible' });
    await chooseQuickPickRow(page, /Workspace settings/);
    const known = await eventually('.vscode/settings.json with the known actor', async () => {
      const value = workspaceSettings(session)?.['sourcelens.knownActors'];
      return Array.isArray(value) ? (value as KnownActor[]) : undefined;
    });
    assert.deepStrictEqual(known, [{ name: 'Vladimir Putin', type: 'PERSON', aliases: ['Kremlin'] }]);
    const merged = analyze(seedText, { document: seedFileName, knownActors: known });
    const mergedPutin = merged.actors.find((actor) => actor.name === 'Vladimir Putin');
    assert.ok(mergedPutin);
    await openViewContainer(page, 'Source Lens');
    const putinRow = viewPane(page, 'Actors').getByRole('treeitem', { name: /^Vladimir Putin/ });
    await eventually('Putin to carry the Kremlin\'s claims', async () =>
      (await putinRow.getAttribute('aria-label'))?.includes(`${mergedPutin.mentions.length} mentions, ${mergedPutin.claimIds.length} claims`) ? true : undefined,
    );
    assert.ok(!(await listedActors(session)).includes('Kremlin'), 'the Kremlin is no longer an actor of its own');
    await eventually('"Kremlin" to be highlighted as a person', async () => {
      const colours = await decorationColoursAt(page, 'Kremlin');
      return colours?.includes(highlightColours.person) && !colours.includes(highlightColours.organization) ? true : undefined;
    });
    await saveScreenshot(page, 'e2e', 'reader kremlin merged into putin');

    await runNotificationAction(page, /now reads “Kremlin” as “Vladimir Putin”/, 'Undo');
    await eventually('the known actors to be removed again', async () => (workspaceSettings(session)?.['sourcelens.knownActors'] === undefined ? true : undefined));
    await eventually('the Kremlin back in the Actors view', async () => ((await listedActors(session)).includes('Kremlin') ? true : undefined));
    await eventually('"Kremlin" highlighted as an organization again', async () =>
      (await decorationColoursAt(page, 'Kremlin'))?.includes(highlightColours.organization) ? true : undefined,
    );
  });

  it('colours the date header and quotation marks with the Source Document grammar', async () => {
    const { page } = session;
    await openAnalysed(seedFileName, seedAnalysis);
    await goToLine(page, 1);
    await statusBarItem(page, /^Source Document$/).waitFor({ state: 'visible' });
    const plainWord = await tokenColourOf(page, 'plans to visit');
    const headerKeyword = await tokenColourOf(page, 'date');
    const headerDate = await tokenColourOf(page, '2023-03-17');
    assert.ok(plainWord && headerKeyword && headerDate, `tokens rendered: ${plainWord} ${headerKeyword} ${headerDate}`);
    assert.notStrictEqual(headerKeyword, plainWord, 'the header keyword "date" has its own colour');
    assert.notStrictEqual(headerDate, plainWord, 'the header date has its own colour');
    assert.deepStrictEqual((await inspectedScopes(page, '2023-03-17')).slice(0, 2), ['constant.numeric.date.source-document', 'meta.header.date.source-document']);

    const councilAnalysis = analyze(councilText, { document: councilFileName });
    await openAnalysed(councilFileName, councilAnalysis);
    await statusBarItem(page, /^Source Document$/).waitFor({ state: 'visible' });
    const councilPlain = await tokenColourOf(page, 'reporters in');
    const quotation = await tokenColourOf(page, 'for the bridge');
    const openingMark = await tokenColourOf(page, '“+1');
    assert.ok(councilPlain && quotation && openingMark, `tokens rendered: ${councilPlain} ${quotation} ${openingMark}`);
    assert.notStrictEqual(quotation, councilPlain, 'quoted words have the string colour');
    assert.notStrictEqual(openingMark, councilPlain, 'the opening quotation mark has the string colour');
    const scopes = await inspectedScopes(page, 'for the bridge');
    assert.ok(scopes.includes('string.quoted.double.curly.source-document'), `scopes inside the quotation: ${scopes.join(', ')}`);
    await goToLine(page, 1);
    await saveScreenshot(page, 'e2e', 'reader source document grammar on the council story');
  });

  // The picker's names, and the ids VS Code 1.139 writes to `workbench.colorTheme` for them ("Default Dark Modern"
  // is read as "Dark Modern" since its themes were renamed).
  for (const [themeLabel, expectedKind, themeId] of [
    ['Dark High Contrast', 'highContrast', 'Default High Contrast'],
    ['Light Modern', 'light', 'Light Modern'],
    ['Dark Modern', 'dark', 'Dark Modern'],
  ] as const) {
    it(`paints every highlight kind with its contributed ${expectedKind} colours in the "${themeId}" theme`, async () => {
      const { page } = session;
      await openAnalysed(seedFileName, seedAnalysis);
      await goToLine(page, 9);
      await chooseColorTheme(page, themeLabel);
      assert.strictEqual(await workbenchThemeKind(page), expectedKind, `"${themeLabel}" is a ${expectedKind} theme`);
      const userSettings = path.join(session.server.userDataDir, 'User', 'settings.json');
      await eventually(`workbench.colorTheme to become "${themeId}"`, async () => {
        try {
          const settings = JSON.parse(fs.readFileSync(userSettings, 'utf8')) as Record<string, unknown>;
          return settings['workbench.colorTheme'] === themeId ? true : undefined;
        } catch {
          return undefined; // read while VS Code rewrites the file
        }
      });
      assert.deepStrictEqual(await themeColourMismatches(page, expectedKind), [], `the theme carries the manifest's ${expectedKind} defaults`);
      const shown = visibleKindColours(expectedKind);
      // Every kind is drawn with its colour for this theme, matched against the rules VS Code generated for the decorations.
      await eventually(`every kind painted in ${themeId}: ${shown.join(', ')}`, async () => {
        const current = await renderedDecorations(page);
        return shown.every((colour) => (current[colour] ?? 0) > 0) ? current : undefined;
      });
      await saveScreenshot(page, 'e2e', `reader highlights in ${themeId}`);
    });
  }

  it('logs no error from Source Lens in the extension host', () => {
    assert.deepStrictEqual(sourceLensErrors(session), []);
  });
});
