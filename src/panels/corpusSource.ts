// Where the dashboard takes its corpus from: anything that can give a corpus report and say when it changed.
import { EventEmitter, type Disposable, type Uri } from 'vscode';
import type * as vscode from 'vscode';
import type { CorpusReport } from '../corpus/report';

export interface CorpusSource {
  /** The corpus as it stands, or undefined while there is none yet. */
  report(): CorpusReport | undefined;
  readonly onDidChange: vscode.Event<void>;
  /** The file a report's document name stands for, when the source knows better than the name itself. */
  locate?(document: string): vscode.Uri | undefined;
}

/**
 * The first of several sources that has a report: the workspace index when it is on, the open documents otherwise.
 * A document name is located by the source that gave the report.
 */
export class FirstCorpus implements CorpusSource {
  private readonly changed = new EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: Disposable[];

  constructor(private readonly sources: readonly CorpusSource[]) {
    this.subscriptions = sources.map((source) => source.onDidChange(() => this.changed.fire()));
  }

  report(): CorpusReport | undefined {
    for (const source of this.sources) {
      const report = source.report();
      if (report) return report;
    }
    return undefined;
  }

  locate(document: string): Uri | undefined {
    const source = this.sources.find((candidate) => candidate.report() !== undefined);
    return source?.locate?.(document);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}
