// A corpus of the open documents Source Lens has analysed: what the dashboard shows until a workspace index feeds it.
// The report is built again only after an analysis or a closed document, and only when someone asks for it.
import * as vscode from 'vscode';
import { CorpusModel } from '../corpus/model';
import { corpusReport, type CorpusReport } from '../corpus/report';
import { summarise } from '../corpus/summary';
import type { AnalysisService } from '../documents/analysisService';
import type { CorpusSource } from './corpusSource';

export class OpenDocumentsCorpus implements CorpusSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private built: CorpusReport | undefined;
  /** The files of the last report built: a page drawn from it can still point at a document closed since. */
  private uris = new Map<string, vscode.Uri>();

  constructor(private readonly service: AnalysisService) {
    const invalidate = (): void => {
      this.built = undefined;
      this.changed.fire();
    };
    this.disposables.push(service.onDidAnalyze(invalidate), vscode.workspace.onDidCloseTextDocument(invalidate));
  }

  report(): CorpusReport | undefined {
    this.built ??= this.build();
    return this.built;
  }

  locate(document: string): vscode.Uri | undefined {
    return this.uris.get(document);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.built = undefined;
  }

  private build(): CorpusReport {
    const model = new CorpusModel();
    const uris = new Map<string, vscode.Uri>();
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    for (const document of vscode.workspace.textDocuments) {
      if (document.isClosed || !this.service.appliesTo(document)) continue;
      const analysis = this.service.latestAnalysis(document);
      if (!analysis) continue;
      // Workspace-relative names read best; two documents with one name (an untitled one, another folder) keep their URIs.
      let name = vscode.workspace.asRelativePath(document.uri, multiRoot);
      if (uris.has(name)) name = document.uri.toString();
      if (!model.add(summarise(analysis, name))) continue;
      uris.set(name, document.uri);
    }
    this.uris = uris;
    return corpusReport(model.result());
  }
}
