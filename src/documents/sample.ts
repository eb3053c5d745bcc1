// The sample article shipped in the package, opened read-only so a first-time user sees what Source Lens does in one
// click, without a file of their own and without a way to overwrite the shipped copy.
import * as vscode from 'vscode';
import { SOURCE_DOCUMENT_LANGUAGE } from '../settings/config';

/** The scheme of the read-only sample documents. */
export const SAMPLE_SCHEME = 'sourcelens-sample';
/** Where the samples live in the package (and in the repository). */
const SAMPLES_FOLDER = 'samples';
export const SAMPLE_ARTICLE = 'xi-jinping-visits-russia.txt';

/** Serves the package's `samples/` files as read-only documents named `sourcelens-sample:/<file>`. */
export class SampleDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(SAMPLE_SCHEME, this);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    // Only a plain file name of the samples folder: a crafted link cannot read elsewhere in the package.
    const name = uri.path.replace(/^\//, '');
    if (!/^[\w.-]+\.txt$/.test(name)) throw new Error(`No sample named ${JSON.stringify(name.slice(0, 80))}.`);
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, SAMPLES_FOLDER, name));
    return new TextDecoder('utf-8').decode(bytes);
  }

  /**
   * Opens the sample article in the Source Document language. Beside a walkthrough or another editor that is not
   * text, so the steps stay in view; otherwise in the active group.
   */
  async openArticle(): Promise<vscode.TextEditor> {
    const opened = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: SAMPLE_SCHEME, path: `/${SAMPLE_ARTICLE}` }));
    const isSourceDocument = opened.languageId === SOURCE_DOCUMENT_LANGUAGE;
    const document = isSourceDocument ? opened : await vscode.languages.setTextDocumentLanguage(opened, SOURCE_DOCUMENT_LANGUAGE);
    const besideNonText = !vscode.window.activeTextEditor && vscode.window.tabGroups.activeTabGroup.activeTab !== undefined;
    const viewColumn = besideNonText ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    return vscode.window.showTextDocument(document, { preview: false, viewColumn });
  }

  dispose(): void {
    this.registration.dispose();
  }
}
