// One real VS Code session for a suite: provisioned tools, code-server with extensions, a workspace and a browser on it.
import type { Page } from 'playwright-core';
import { openWorkbench, WorkbenchBrowser } from './browser';
import { CodeServer, ExtensionToInstall, startCodeServer } from './codeServer';
import { provisionTools, ProvisionedTools } from './provision';
import { createSampleWorkspace, Workspace } from './workspace';

export interface SessionOptions {
  extensions: (tools: ProvisionedTools) => ExtensionToInstall[];
  settings?: Record<string, unknown>;
  /** Generated documents added to the sample workspace (hostile text, large files, …). */
  extraFiles?: Record<string, string | Buffer>;
  /** Open the workspace untrusted, in Restricted Mode (see CodeServerOptions.workspaceTrust). */
  workspaceTrust?: boolean;
}

export interface Session {
  readonly tools: ProvisionedTools;
  readonly server: CodeServer;
  readonly workspace: Workspace;
  readonly browser: WorkbenchBrowser;
  readonly page: Page;
  stop(): Promise<void>;
}

/** Starts everything, and on any failure stops what already started before rethrowing. */
export async function startSession(options: SessionOptions): Promise<Session> {
  const tools = provisionTools();
  const extensions = options.extensions(tools);
  const workspace = createSampleWorkspace(options.extraFiles);
  let server: CodeServer | undefined;
  try {
    server = await startCodeServer({
      tools,
      extensions,
      ...(options.settings ? { settings: options.settings } : {}),
      ...(options.workspaceTrust ? { workspaceTrust: true } : {}),
    });
    const browser = await openWorkbench(tools, server.folderUrl(workspace.dir));
    const startedServer = server;
    return {
      tools,
      server,
      workspace,
      browser,
      page: browser.page,
      stop: async () => {
        try {
          await browser.close();
        } finally {
          await startedServer.stop();
          workspace.dispose();
        }
      },
    };
  } catch (error) {
    if (server) await server.stop();
    workspace.dispose();
    throw error;
  }
}
