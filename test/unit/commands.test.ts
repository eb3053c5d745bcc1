// Proves package.json and the code agree: every command has a handler id, a category, palette rules and menus that name real things.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CommandId, ContextKey, HOVER_COMMANDS, ViewId } from '../../src/commands/ids';
import { CONFIG_SECTION, Setting, highlightSetting } from '../../src/settings/config';
import { HIGHLIGHT_KINDS } from '../../src/derived/decorationsModel';
import { findRepoRoot } from '../support/fixtures';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category?: string; icon?: string }>;
    menus: Record<string, Array<{ command?: string; submenu?: string; when?: string }>>;
    views: Record<string, Array<{ id: string }>>;
    viewsWelcome: Array<{ view: string; when?: string }>;
    keybindings: Array<{ command: string }>;
    colors: Array<{ id: string; defaults: Record<string, string> }>;
    configuration: Array<{ title: string; properties: Record<string, { markdownDescription?: string }> }>;
    languages: Array<{ id: string }>;
    grammars: Array<{ language: string; path: string }>;
  };
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] }; virtualWorkspaces: boolean };
}

const ROOT = findRepoRoot();
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const contributed = manifest.contributes;

describe('commands and manifest', () => {
  const ids = Object.values(CommandId) as string[];

  it('contributes exactly the commands the code handles, each in the Source Lens category', () => {
    assert.deepStrictEqual(contributed.commands.map((command) => command.command).sort(), [...ids].sort());
    for (const command of contributed.commands) assert.strictEqual(command.category, 'Source Lens', command.command);
  });

  it('gives every command shown in a view or editor menu an icon', () => {
    for (const [menu, items] of Object.entries(contributed.menus)) {
      if (menu === 'commandPalette' || menu === 'editor/context' || menu === 'sourcelens.sortBy' || menu === 'sourcelens.sourcesSortBy') continue;
      for (const item of items) {
        if (!item.command) continue;
        const command = contributed.commands.find((candidate) => candidate.command === item.command);
        assert.ok(command?.icon, `${item.command} in ${menu} has no icon`);
      }
    }
  });

  it('decides palette visibility for every command, hiding the internal ones', () => {
    const palette = contributed.menus.commandPalette;
    for (const id of ids) assert.ok(palette.some((item) => item.command === id) || ['sourcelens.openSample', 'sourcelens.toggleHighlights', 'sourcelens.showLog', 'sourcelens.filter'].includes(id), `${id} has no palette rule`);
    for (const internal of [CommandId.revealRange, CommandId.revealItem, CommandId.copyClaimWithCitation]) {
      assert.ok(palette.some((item) => item.command === internal && item.when === 'false'), `${internal} shows in the palette`);
    }
  });

  it('names only real commands, views and context keys in menus, keybindings and welcome content', () => {
    const submenus = new Set(['sourcelens.sortBy', 'sourcelens.sourcesSortBy']);
    for (const items of Object.values(contributed.menus)) {
      for (const item of items) {
        if (item.command) assert.ok(ids.includes(item.command), item.command);
        if (item.submenu) assert.ok(submenus.has(item.submenu), item.submenu);
      }
    }
    for (const binding of contributed.keybindings) assert.ok(ids.includes(binding.command), binding.command);
    const views: string[] = contributed.views[ViewId.container].map((view) => view.id);
    assert.deepStrictEqual([...views], [ViewId.actors, ViewId.claims, ViewId.sources, ViewId.quotations]);
    for (const welcome of contributed.viewsWelcome) assert.ok(views.includes(welcome.view), welcome.view);
    const keys = Object.values(ContextKey) as string[];
    const whens = [...Object.values(contributed.menus).flat(), ...contributed.viewsWelcome].map((item) => item.when ?? '');
    for (const when of whens) {
      // Compared values (`view == sourcelens.actors`, `viewItem == sourcelens.claim`) are not keys.
      const keysOnly = when.replace(/\b(?:view|viewItem)\s*(?:==|=~)\s*[^\s)&|]+/g, '');
      for (const key of keysOnly.match(/sourcelens\.[A-Za-z]+/g) ?? []) assert.ok(keys.includes(key), `unknown context key ${key}`);
    }
  });

  it('lets hovers run only Source Lens commands', () => {
    for (const command of HOVER_COMMANDS) assert.ok(command.startsWith('sourcelens.'));
  });

  it('activates lazily, never on every start', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(!manifest.activationEvents.includes('onStartupFinished'));
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
  });

  it('declares colours for light, dark and both high-contrast themes', () => {
    for (const color of contributed.colors) {
      assert.deepStrictEqual(Object.keys(color.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light'], color.id);
    }
  });

  it('documents every setting the code reads, in titled sections', () => {
    const properties = Object.assign({}, ...contributed.configuration.map((section) => section.properties)) as Record<string, { markdownDescription?: string }>;
    const keys = [...Object.values(Setting), ...HIGHLIGHT_KINDS.map(highlightSetting)].map((key) => `${CONFIG_SECTION}.${key}`);
    assert.deepStrictEqual(Object.keys(properties).sort(), keys.sort());
    for (const key of keys) assert.ok(properties[key].markdownDescription, key);
    for (const section of contributed.configuration) assert.ok(section.title);
  });

  it('supports untrusted and virtual workspaces, as nothing it reads can run code', () => {
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.strictEqual(manifest.capabilities.virtualWorkspaces, true);
  });

  it('takes no correction, document date or size limit from an untrusted folder', () => {
    // VS Code honours restrictedConfigurations only with `supported: "limited"`, and shows the description.
    const { restrictedConfigurations, description } = manifest.capabilities.untrustedWorkspaces;
    const restricted = [Setting.knownActors, Setting.ignoreNames, Setting.documentDate, Setting.maxFileSizeMB].map((key) => `${CONFIG_SECTION}.${key}`);
    assert.deepStrictEqual([...(restrictedConfigurations ?? [])].sort(), restricted.sort());
    const properties = Object.assign({}, ...contributed.configuration.map((section) => section.properties)) as Record<string, unknown>;
    for (const key of restricted) assert.ok(properties[key], `${key} is a contributed setting`);
    assert.ok(description);
  });

  it('ships a grammar for the Source Document language', () => {
    assert.ok(contributed.languages.some((language) => language.id === 'source-document'));
    for (const grammar of contributed.grammars) assert.ok(fs.existsSync(path.join(ROOT, grammar.path)), grammar.path);
  });
});
