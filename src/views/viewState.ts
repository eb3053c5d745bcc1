// The views' shared filter and the Actors view's sort order, mirrored into context keys for the title-bar menus.
import * as vscode from 'vscode';
import { ContextKey } from '../commands/ids';
import type { ActorSort } from './treeModel';

export class ViewState implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private currentSort: ActorSort = 'firstAppearance';
  private currentFilter = '';

  constructor() {
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
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
