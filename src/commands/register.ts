// Registers every command under one error policy: a failing command is logged with its stack and reported to the
// user in one escaped line, so no command's failure surfaces as VS Code's generic "command failed" notice.
import * as vscode from 'vscode';
import { ownText, uiText } from '../presentation/uiText';
import type { CommandId } from './ids';

/** One handler per command id: the type makes a command without a handler (or a handler without a command) a compile error. */
export type CommandHandlers = { [K in CommandId]: (...args: never[]) => unknown };

export function registerCommands(handlers: CommandHandlers, log: vscode.LogOutputChannel): vscode.Disposable[] {
  return (Object.entries(handlers) as Array<[CommandId, (...args: unknown[]) => unknown]>).map(([command, handler]) =>
    vscode.commands.registerCommand(command, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log.error(`Command ${command} failed: ${error instanceof Error && error.stack ? error.stack : message}`);
        void vscode.window.showErrorMessage(ownText(`Source Lens: ${uiText(message, 300)}`));
        return undefined;
      }
    }),
  );
}
