// The editor's corrections for batch runs: known actors, ignored names and the reference date from a .vscode/settings.json
// above the input (as the editor reads them) or from --known-actors / --ignore-names files.
import { promises as fs } from 'fs';
import * as path from 'path';
import type { AnalyzeOptions, KnownActor } from '../analysis/types';
import { CONFIG_SECTION, knownActors, readSettings, Setting, type ConfigurationSource } from '../settings/config';
import { DocumentReadError, readDocument } from './io/readDocument';
import { parseJsonc } from './jsonc';
import { shown, STDIN_PATH, UsageError } from './options';

/** The engine options a correction source gives. */
export interface Corrections {
  knownActors: readonly KnownActor[];
  ignoreNames: readonly string[];
  documentDate?: string;
}

/** A settings or corrections file that cannot be used, in one line. */
export class CorrectionsError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** What reading a corrections file told the reader besides the corrections: entries left out, and why. */
export interface CorrectionsReport {
  warning(file: string, text: string): void;
  note(file: string, text: string): void;
}

const SETTINGS_FILE = path.join('.vscode', 'settings.json');
const KNOWN_ACTORS_KEY = `${CONFIG_SECTION}.${Setting.knownActors}`;
const IGNORE_NAMES_KEY = `${CONFIG_SECTION}.${Setting.ignoreNames}`;
const DOCUMENT_DATE_KEY = `${CONFIG_SECTION}.${Setting.documentDate}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A corrections file's text; a file that cannot be read is a CorrectionsError naming it. */
async function readCorrectionsText(file: string): Promise<string> {
  try {
    return (await readDocument(file, { maxBytes: 16 * 1024 * 1024 })).text;
  } catch (error) {
    if (error instanceof DocumentReadError) throw new CorrectionsError(file, error.reason);
    throw error;
  }
}

/** JSON with comments, as VS Code writes its settings; a syntax error is a CorrectionsError with its place. */
function parseCorrectionsJson(file: string, text: string): unknown {
  const parsed = parseJsonc(text);
  if (!parsed.ok) throw new CorrectionsError(file, `not valid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`);
  return parsed.value;
}

async function readJsonc(file: string): Promise<unknown> {
  return parseCorrectionsJson(file, await readCorrectionsText(file));
}

/** Known actors from any value, each entry the editor would drop named in a warning. */
function validKnownActors(value: unknown, where: string, file: string, report: CorrectionsReport): KnownActor[] {
  if (!Array.isArray(value)) {
    report.warning(file, `${where} is not a list of actors; ignored`);
    return [];
  }
  value.forEach((entry, index) => {
    if (knownActors([entry]).length === 0) {
      report.warning(file, `${where}[${index}] ignored: an actor needs a "name" and a "type" of PERSON, ORG or PLACE`);
    }
  });
  return knownActors(value);
}

function validNames(value: unknown, where: string, file: string, report: CorrectionsReport): string[] {
  if (!Array.isArray(value)) {
    report.warning(file, `${where} is not a list of names; ignored`);
    return [];
  }
  value.forEach((entry, index) => {
    if (typeof entry !== 'string' || entry.trim() === '') report.warning(file, `${where}[${index}] ignored: a name is a non-empty string`);
  });
  return readSettings({ get: <T>(key: string) => (key === Setting.ignoreNames ? (value as T) : undefined) }).ignoreNames.slice();
}

/**
 * The corrections of a parsed settings.json, read by the extension's own settings reader so that a batch run
 * sees what the editor sees; entries the editor would drop are named in warnings.
 */
export function correctionsFromSettings(settings: unknown, file: string, report: CorrectionsReport): Corrections {
  if (!isRecord(settings)) throw new CorrectionsError(file, 'the settings are not a JSON object');
  const source: ConfigurationSource = { get: <T>(key: string) => settings[`${CONFIG_SECTION}.${key}`] as T | undefined };
  const read = readSettings(source);
  if (settings[KNOWN_ACTORS_KEY] !== undefined) validKnownActors(settings[KNOWN_ACTORS_KEY], KNOWN_ACTORS_KEY, file, report);
  if (settings[IGNORE_NAMES_KEY] !== undefined) validNames(settings[IGNORE_NAMES_KEY], IGNORE_NAMES_KEY, file, report);
  const date = settings[DOCUMENT_DATE_KEY];
  if (date !== undefined && date !== '' && read.documentDate === undefined) {
    report.warning(file, `${DOCUMENT_DATE_KEY} ignored: use the form YYYY-MM-DD`);
  }
  return {
    knownActors: read.knownActors,
    ignoreNames: read.ignoreNames,
    ...(read.documentDate === undefined ? {} : { documentDate: read.documentDate }),
  };
}

/** `--known-actors FILE`: a JSON list of actors as in the setting, or a settings.json whose setting is used. */
async function knownActorsFile(file: string, report: CorrectionsReport): Promise<KnownActor[]> {
  const value = await readJsonc(file);
  if (isRecord(value)) return [...correctionsFromSettings(value, file, report).knownActors];
  if (!Array.isArray(value)) {
    throw new CorrectionsError(file, 'expected a JSON list of actors like [{ "name": "Qin Gang", "type": "PERSON", "aliases": ["Qin"] }]');
  }
  return validKnownActors(value, 'actor list', file, report);
}

/** `--ignore-names FILE`: one name a line (blank lines and lines starting with # left out), a JSON list, or a settings.json. */
async function ignoreNamesFile(file: string, report: CorrectionsReport): Promise<string[]> {
  const text = await readCorrectionsText(file);
  if (/^\s*[[{]/.test(text)) {
    const value = parseCorrectionsJson(file, text);
    if (isRecord(value)) return [...correctionsFromSettings(value, file, report).ignoreNames];
    return validNames(value, 'name list', file, report);
  }
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/**
 * Finds and reads the corrections for each input: the files given on the command line win; otherwise the
 * nearest `.vscode/settings.json` in the input's folder or above it (from the current folder for standard
 * input), each file read once. A broken settings file is reported once and its documents are analysed without it.
 */
export class CorrectionsResolver {
  private explicitActors: KnownActor[] | undefined;
  private explicitNames: string[] | undefined;
  private readonly settingsByFolder = new Map<string, Promise<string | null>>();
  private readonly corrections = new Map<string, Promise<Corrections | null>>();

  constructor(
    private readonly options: { knownActorsFile?: string; ignoreNamesFile?: string; useSettings: boolean },
    private readonly report: CorrectionsReport & { failed(error: CorrectionsError): void },
  ) {}

  /**
   * Reads the files named on the command line. A file named there that cannot be used is the command line's mistake.
   * @throws UsageError naming the file and what is wrong with it
   */
  async loadExplicitFiles(): Promise<void> {
    const { knownActorsFile: actorsFile, ignoreNamesFile: namesFile } = this.options;
    try {
      if (actorsFile !== undefined) this.explicitActors = await knownActorsFile(actorsFile, this.report);
      if (namesFile !== undefined) this.explicitNames = await ignoreNamesFile(namesFile, this.report);
    } catch (error) {
      if (!(error instanceof CorrectionsError)) throw error;
      throw new UsageError(`${shown(error.file)}: ${shown(error.message)}`);
    }
  }

  /** The engine options for the documents of one PATH argument (a file, a folder or `-`). */
  async forInput(input: string): Promise<Pick<AnalyzeOptions, 'knownActors' | 'ignoreNames' | 'documentDate'>> {
    const fromSettings = this.options.useSettings ? await this.settingsFor(input) : null;
    const options: Pick<AnalyzeOptions, 'knownActors' | 'ignoreNames' | 'documentDate'> = {
      knownActors: this.explicitActors ?? fromSettings?.knownActors ?? [],
      ignoreNames: this.explicitNames ?? fromSettings?.ignoreNames ?? [],
    };
    if (fromSettings?.documentDate !== undefined) options.documentDate = fromSettings.documentDate;
    return options;
  }

  private async settingsFor(input: string): Promise<Corrections | null> {
    const start = input === STDIN_PATH ? process.cwd() : await folderOf(input);
    const file = await this.findSettings(start);
    if (file === null) return null;
    let corrections = this.corrections.get(file);
    if (corrections === undefined) {
      corrections = this.readSettingsFile(file);
      this.corrections.set(file, corrections);
    }
    return corrections;
  }

  private async readSettingsFile(file: string): Promise<Corrections | null> {
    try {
      const corrections = correctionsFromSettings(await readJsonc(file), file, this.report);
      const parts = [
        corrections.knownActors.length > 0 ? plural(corrections.knownActors.length, 'known actor') : '',
        corrections.ignoreNames.length > 0 ? plural(corrections.ignoreNames.length, 'ignored name') : '',
        corrections.documentDate !== undefined ? `document date ${corrections.documentDate}` : '',
      ].filter(Boolean);
      if (parts.length > 0) this.report.note(file, `using the editor's corrections in this file: ${parts.join(', ')}`);
      return corrections;
    } catch (error) {
      if (!(error instanceof CorrectionsError)) throw error;
      this.report.failed(error);
      return null;
    }
  }

  /** The nearest settings file at or above `folder`, remembered for every folder on the way. */
  private findSettings(folder: string): Promise<string | null> {
    let found = this.settingsByFolder.get(folder);
    if (found === undefined) {
      found = (async () => {
        const candidate = path.join(folder, SETTINGS_FILE);
        if (await isFile(candidate)) return candidate;
        const parent = path.dirname(folder);
        return parent === folder ? null : this.findSettings(parent);
      })();
      this.settingsByFolder.set(folder, found);
    }
    return found;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The absolute folder an input stands for: itself when a folder, else the folder holding it. */
async function folderOf(input: string): Promise<string> {
  const absolute = path.resolve(input);
  try {
    if ((await fs.stat(absolute)).isDirectory()) return absolute;
  } catch {
    // a missing input is reported when it is read; its folder still has settings
  }
  return path.dirname(absolute);
}
