// The views' shared filter, the Actors view's sort order and the Claims view's low-confidence filter, mirrored into
// context keys for the title-bar menus; the low-confidence filter is kept in the workspace's state across reloads.
import * as vscode from 'vscode';
import { ContextKey } from '../commands/ids';
import { DEFAULT_LOW_CONFIDENCE_THRESHOLD } from '../derived/lowConfidence';
import type { ActorSort } from './treeModel';

const LOW_CONFIDENCE_ONLY_KEY = 'sourcelens.claims.lowConfidenceOnly';

export class ViewState implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private currentSort: ActorSort = 'firstAppearance';
  private currentFilter = '';
  private currentLowConfidenceOnly: boolean;
  private currentThreshold = DEFAULT_LOW_CONFIDENCE_THRESHOLD;

  /** `memory` keeps the choices a reader expects to find again after a reload (the workspace's state). */
  constructor(private readonly memory?: vscode.Memento) {
    this.currentLowConfidenceOnly = memory?.get<unknown>(LOW_CONFIDENCE_ONLY_KEY) === true;
    this.publish();
  }

  /** The confidence below which a claim is marked low (`sourcelens.lowConfidenceThreshold`, set by the container). */
  get lowConfidenceThreshold(): number {
    return this.currentThreshold;
  }

  set lowConfidenceThreshold(threshold: number) {
    if (threshold === this.currentThreshold) return;
    this.currentThreshold = threshold;
    this.changed.fire();
  }

  /** Whether the Claims view lists only the claims of low confidence. */
  get lowConfidenceOnly(): boolean {
    return this.currentLowConfidenceOnly;
  }

  set lowConfidenceOnly(only: boolean) {
    this.currentLowConfidenceOnly = only;
    void this.memory?.update(LOW_CONFIDENCE_ONLY_KEY, only);
    this.publish();
  }

  get sort(): ActorSort {
    return this.currentSort;
  }

  set sort(sort: ActorSort) {
    this.currentSort = sort;
    this.publish();
  }

  get filter(): string {
    return this.currentFilter;
  }

  set filter(filter: string) {
    this.currentFilter = filter.trim();
    this.publish();
  }

  private publish(): void {
    void vscode.commands.executeCommand('setContext', ContextKey.actorsSort, this.currentSort);
    void vscode.commands.executeCommand('setContext', ContextKey.filterActive, this.currentFilter.length > 0);
    void vscode.commands.executeCommand('setContext', ContextKey.lowConfidenceOnly, this.currentLowConfidenceOnly);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
