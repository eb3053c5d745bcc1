// "Ignore This Name…" and "Merge into Actor…": the user's corrections, written to settings at the level they pick.
import * as vscode from 'vscode';
import type { Actor, KnownActor } from '../analysis/types';
import type { AnalysisService } from '../documents/analysisService';
import { CONFIG_SECTION, Setting, withIgnoredNames, withMergedActor } from '../settings/config';
import { plural } from '../presentation/wording';
import { ownText, uiText, type UiText } from '../presentation/uiText';

/**
 * How a command names its actor: a tree node or a hover link `{ uri, actorId }`; nothing means "at the
 * cursor". Scripts and tests may also name the settings level and, for a merge, the target actor, which
 * skips the matching question.
 */
export interface ActorReference {
  uri?: string;
  actorId?: string;
  scope?: 'workspace' | 'workspaceFolder' | 'user';
  intoActorId?: string;
}

interface ResolvedActor {
  document: vscode.TextDocument;
  actor: Actor;
  actors: readonly Actor[];
}

const NAME_MAX = 60;

function isActorReference(value: unknown): value is ActorReference {
  return typeof value === 'object' && value !== null && typeof (value as ActorReference).actorId === 'string';
}

export class Corrections {
  /** `editor` gives the editor of the document the views show, which commands act on when no argument names one. */
  constructor(
    private readonly service: AnalysisService,
    private readonly editor: () => vscode.TextEditor | undefined = () => vscode.window.activeTextEditor,
  ) {}

  async ignoreName(reference: unknown): Promise<void> {
    const resolved = await this.resolve(reference, ownText('Choose the name to ignore'));
    if (!resolved) return;
    const { actor, document } = resolved;
    const names = [actor.name, ...actor.aliases.filter((alias) => alias !== actor.name)];
    // Actor names come from documents and from settings a repository may carry: shown only through uiText.
    const name = uiText(actor.name, NAME_MAX);
    const what = names.length > 1 ? ownText(`“${name}” and ${plural(names.length - 1, 'other name')}`) : ownText(`“${name}”`);
    const target = await pickTarget(ownText(`Ignore ${what} in…`), reference);
    if (target === undefined) return;
    await updateList<string>(
      document.uri,
      Setting.ignoreNames,
      target,
      (current) => withIgnoredNames(current, names),
      ownText(`Source Lens will ignore ${what}.`),
    );
  }

  async mergeIntoActor(reference: unknown): Promise<void> {
    const resolved = await this.resolve(reference, ownText('Choose the actor to merge'));
    if (!resolved) return;
    const { actor, actors, document } = resolved;
    const candidates = actors
      .filter((candidate) => candidate.id !== actor.id)
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .map((candidate) => ({
        label: uiText(candidate.name, NAME_MAX),
        description: ownText(`${candidate.type} · ${plural(candidate.mentions.length, 'mention')}`),
        candidate,
      }));
    if (candidates.length === 0) {
      void vscode.window.showInformationMessage('Source Lens: there is no other actor in this document to merge into.');
      return;
    }
    const named =
      isActorReference(reference) && reference.intoActorId
        ? candidates.find((item) => item.candidate.id === reference.intoActorId)
        : undefined;
    const chosen =
      named ??
      (await vscode.window.showQuickPick(candidates, {
        title: ownText(`Merge “${uiText(actor.name, NAME_MAX)}” into…`),
        placeHolder: 'The actor this is another name of',
        matchOnDescription: true,
      }));
    if (!chosen) return;
    const name = uiText(actor.name, NAME_MAX);
    const target = await pickTarget(ownText(`Record “${name}” as “${chosen.label}” in…`), reference);
    if (target === undefined) return;
    const sourceNames = [actor.name, ...actor.aliases];
    await updateList<KnownActor>(
      document.uri,
      Setting.knownActors,
      target,
      (current) => withMergedActor(current, { name: chosen.candidate.name, type: chosen.candidate.type }, sourceNames),
      ownText(`Source Lens now reads “${name}” as “${chosen.label}”.`),
    );
  }

  /** The actor a command is about, from its argument, the cursor, or a quick pick. */
  private async resolve(reference: unknown, placeHolder: UiText): Promise<ResolvedActor | undefined> {
    const document = isActorReference(reference) && reference.uri
      ? vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === reference.uri)
      : this.editor()?.document;
    if (!document || !this.service.appliesTo(document)) return undefined;
    const analysis = this.service.latestAnalysis(document);
    if (!analysis) return undefined;
    const actors = analysis.actors;
    if (isActorReference(reference)) {
      const actor = actors.find((candidate) => candidate.id === reference.actorId);
      return actor ? { document, actor, actors } : undefined;
    }
    const editor = this.editor();
    const atCursor = editor?.document === document && this.service.analysisFor(document) === analysis
      ? this.service.indexFor(analysis).actorAt(document.offsetAt(editor.selection.active))?.actor
      : undefined;
    if (atCursor) return { document, actor: atCursor, actors };
    const picked = await vscode.window.showQuickPick(
      actors.map((actor) => ({
        label: uiText(actor.name, NAME_MAX),
        description: ownText(`${actor.type} · ${plural(actor.mentions.length, 'mention')}`),
        actor,
      })),
      { placeHolder, matchOnDescription: true },
    );
    return picked ? { document, actor: picked.actor, actors } : undefined;
  }
}

/**
 * Asks where a correction goes: this workspace (when one is open) or the user's settings. In Restricted Mode VS Code
 * ignores a workspace's corrections (they are restricted settings), so the user's settings come first and the
 * workspace choice says when it applies.
 */
async function pickTarget(title: UiText, reference: unknown): Promise<vscode.ConfigurationTarget | undefined> {
  const scope = isActorReference(reference) ? reference.scope : undefined;
  if (scope === 'user') return vscode.ConfigurationTarget.Global;
  if (scope === 'workspace' && vscode.workspace.workspaceFolders?.length) return vscode.ConfigurationTarget.Workspace;
  if (scope === 'workspaceFolder' && vscode.workspace.workspaceFolders?.length) return vscode.ConfigurationTarget.WorkspaceFolder;
  const user = { label: '$(account) User settings', description: 'for every document you open', target: vscode.ConfigurationTarget.Global };
  const items: Array<vscode.QuickPickItem & { target: vscode.ConfigurationTarget }> = [];
  if (vscode.workspace.workspaceFolders?.length) {
    if (vscode.workspace.isTrusted) {
      items.push(
        { label: '$(folder) Workspace settings', description: 'only for this workspace', target: vscode.ConfigurationTarget.Workspace },
        user,
      );
    } else {
      items.push(user, {
        label: '$(folder) Workspace settings',
        description: 'only for this workspace, once you trust it',
        target: vscode.ConfigurationTarget.Workspace,
      });
    }
  } else {
    items.push(user);
  }
  // In a multi-root workspace, one folder's settings can differ from the others'.
  if ((vscode.workspace.workspaceFolders?.length ?? 0) > 1) {
    const folder = { label: '$(root-folder) Workspace folder settings', description: 'only for the folder of this document' };
    items.push({ ...folder, target: vscode.ConfigurationTarget.WorkspaceFolder });
  }
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Where should Source Lens remember this?' });
  return picked?.target;
}

/** Rewrites one list setting at one level, and offers to undo. */
async function updateList<T>(
  uri: vscode.Uri,
  key: typeof Setting.ignoreNames | typeof Setting.knownActors,
  target: vscode.ConfigurationTarget,
  change: (current: T[]) => T[],
  done: UiText,
): Promise<void> {
  const configuration = vscode.workspace.getConfiguration(CONFIG_SECTION, uri);
  const inspected = configuration.inspect<T[]>(key);
  const before =
    target === vscode.ConfigurationTarget.Workspace
      ? inspected?.workspaceValue
      : target === vscode.ConfigurationTarget.WorkspaceFolder
        ? inspected?.workspaceFolderValue
        : inspected?.globalValue;
  await configuration.update(key, change(Array.isArray(before) ? before : []), target);
  const trusted = vscode.workspace.isTrusted;
  // In Restricted Mode the workspace's value of a restricted setting is ignored: it neither applies nor shadows.
  const shadowed = trusted && target === vscode.ConfigurationTarget.Global && inspected?.workspaceValue !== undefined;
  const waiting = !trusted && target !== vscode.ConfigurationTarget.Global;
  const message = shadowed
    ? `${done} (The workspace also sets sourcelens.${key}, which takes precedence.)`
    : waiting
      ? `${done} (It applies once you trust this workspace: Restricted Mode ignores workspace corrections.)`
      : done;
  // Not awaited: the correction is done; the message only offers a way back.
  void vscode.window.showInformationMessage(message, 'Undo', 'Open Settings').then(async (choice) => {
    if (choice === 'Undo') await configuration.update(key, before, target);
    if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', `${CONFIG_SECTION}.${key}`);
  });
}
