// Where the dashboard takes its corpus from: anything that can give a corpus report and say when it changed.
import type * as vscode from 'vscode';
import type { CorpusReport } from '../corpus/report';

export interface CorpusSource {
  /** The corpus as it stands, or undefined while there is none yet. */
  report(): CorpusReport | undefined;
  readonly onDidChange: vscode.Event<void>;
  /** The file a report's document name stands for, when the source knows better than the name itself. */
  locate?(document: string): vscode.Uri | undefined;
}
