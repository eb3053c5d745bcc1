// Starts an isolated code-server (own port, folders, HOME) with given extensions and tears it down reliably.
import { ChildProcess, execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { CodeServerTools } from './provision';

const execFileAsync = promisify(execFile);

/** User settings that keep the workbench quiet and deterministic: no welcome page, no AI panel, no network. */
export const testUserSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'editor.minimap.enabled': false,
};

export interface ExtensionToInstall {
  /** A `.vsix` installed with `--install-extension`, or an unpacked extension folder copied into the extensions dir. */
  vsix?: string;
  folder?: string;
}

export interface CodeServerOptions {
  tools: CodeServerTools;
  extensions: ExtensionToInstall[];
  /** Extra user settings merged over `testUserSettings`. */
  settings?: Record<string, unknown>;
  /** Keep the temporary folder after stopping (for debugging); also set by SOURCE_LENS_KEEP_TMP=1. */
  keepTemp?: boolean;
  /** A fixed port instead of a free one chosen at random. */
  port?: number;
  /**
   * Keep workspace trust on (with `security.workspace.trust.*` settings to match), so a folder can open in
   * Restricted Mode; off by default, every folder being trusted.
   */
  workspaceTrust?: boolean;
}

export interface CodeServer {
  readonly baseUrl: string;
  readonly root: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** Workbench URL that opens `folder` as the workspace. */
  folderUrl(folder: string): string;
  /** Everything code-server printed so far (for failure reports). */
  output(): string;
  /** Extension host log files of this run, newest first. */
  extensionHostLogs(): string[];
  stop(): Promise<void>;
}

/** Asks the OS for a free loopback port; a collision in the short window before code-server binds is retried by the caller. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

/** Environment for the server: everything it writes (HOME, TMPDIR, XDG_*) goes into `root`, nothing of a host editor leaks in. */
function isolatedEnv(root: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VSCODE_') || key.startsWith('ELECTRON_') || key === 'NODE_OPTIONS' || key.startsWith('npm_')) continue;
    env[key] = value;
  }
  const home = path.join(root, 'home');
  Object.assign(env, {
    HOME: home,
    TMPDIR: path.join(root, 'tmp'),
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    XDG_RUNTIME_DIR: path.join(root, 'run'),
  });
  for (const dir of [env.HOME, env.TMPDIR, env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME, env.XDG_STATE_HOME, env.XDG_RUNTIME_DIR]) {
    if (dir) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  return env;
}

function listFiles(dir: string, matches: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(full, matches));
    else if (matches(full)) found.push(full);
  }
  return found;
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  const groupId = child.pid;
  if (groupId === undefined) return;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      // The server was started as a group leader: this reaches the extension host and file watchers too.
      process.kill(-groupId, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 5000).unref())]);
  if (timedOut) {
    signalGroup('SIGKILL');
    await exited;
  }
  // Children that outlived the leader (none expected) get the same end.
  signalGroup('SIGKILL');
}

const liveServers = new Set<ChildProcess>();

function killLiveServers(): void {
  for (const child of liveServers) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  liveServers.clear();
}

// A run that ends early (Ctrl+C, a kill, a crash) must not leave servers behind: they run in their own process
// group, so the terminal's signal never reaches them.
process.once('exit', killLiveServers);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    killLiveServers();
    // Exit only when nobody else (mocha, npm start) handles the signal; a listener stops Node's default exit.
    if (process.listenerCount(signal) === 0) process.exit(code);
  });
}

/**
 * Copies unpacked extension folders first, then installs the `.vsix` packages: the first install writes the
 * extensions dir's manifest (extensions.json) from what is already there, and code-server loads only what that
 * manifest lists, so a folder copied after it would be ignored.
 */
async function installExtensions(tools: CodeServerTools, extensions: ExtensionToInstall[], extensionsDir: string, env: NodeJS.ProcessEnv, userDataDir: string): Promise<void> {
  for (const extension of extensions) {
    if (!extension.folder) continue;
    const manifest = JSON.parse(fs.readFileSync(path.join(extension.folder, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
    fs.cpSync(extension.folder, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true, dereference: true });
  }
  for (const extension of extensions) {
    if (!extension.vsix) continue;
    try {
      await execFileAsync(tools.node, [tools.codeServer, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', extension.vsix], { env, timeout: 120_000 });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(`code-server could not install ${extension.vsix}: ${detail}`);
    }
  }
}

/** Starts code-server and resolves once it answers on its health endpoint; rejects with its output if it exits or stalls. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-vscode-'));
  const keepTemp = options.keepTemp ?? process.env.SOURCE_LENS_KEEP_TMP === '1';
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...testUserSettings, ...options.settings }, null, 2));
  const env = isolatedEnv(root);

  const cleanUpFolder = (): void => {
    if (!keepTemp) fs.rmSync(root, { recursive: true, force: true });
  };

  try {
    await installExtensions(options.tools, options.extensions, extensionsDir, env, userDataDir);
  } catch (error) {
    cleanUpFolder();
    throw error;
  }

  let lastError: Error | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = options.port ?? (await freePort());
    const configFile = path.join(root, 'config.yaml');
    fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    const args = [
      options.tools.codeServer,
      '--config', configFile,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
    ];
    const child = spawn(options.tools.node, args, { env, cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    liveServers.add(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const baseUrl = `http://127.0.0.1:${port}`;

    const ready = await waitUntilHealthy(child, `${baseUrl}/healthz`, 60_000);
    if (ready === 'ready') {
      const stop = async (): Promise<void> => {
        await stopProcessGroup(child);
        liveServers.delete(child);
        cleanUpFolder();
      };
      return {
        baseUrl,
        root,
        userDataDir,
        extensionsDir,
        folderUrl: (folder: string) => `${baseUrl}/?folder=${encodeURIComponent(folder)}`,
        output: () => output,
        extensionHostLogs: () =>
          listFiles(path.join(userDataDir, 'logs'), (file) => /exthost/.test(file) && file.endsWith('.log')).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs),
        stop,
      };
    }
    await stopProcessGroup(child);
    liveServers.delete(child);
    lastError = new Error(`code-server ${ready === 'exited' ? 'exited' : 'did not answer within 60 s'} (attempt ${attempt}, port ${port}):\n${output.slice(-4000)}`);
    // Only a lost race for the port is worth another try.
    if (!/EADDRINUSE/.test(output) || options.port !== undefined) break;
  }
  cleanUpFolder();
  throw lastError ?? new Error('code-server did not start');
}

async function waitUntilHealthy(child: ChildProcess, healthUrl: string, timeoutMs: number): Promise<'ready' | 'exited' | 'timeout'> {
  const deadline = Date.now() + timeoutMs;
  let exited = child.exitCode !== null;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) return 'exited';
    if ((await httpStatus(healthUrl)) === 200) return 'ready';
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return 'timeout';
}
