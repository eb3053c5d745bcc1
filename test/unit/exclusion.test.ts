// Proves how `sourcelens.enabled` and `sourcelens.exclude` combine across levels, and that an untrusted workspace can
// only narrow what Source Lens analyses.
import * as assert from 'assert';
import { DEFAULT_EXCLUDE, exclusionRule } from '../../src/settings/exclusion';

describe('exclusion', () => {
  const defaults = { defaultValue: DEFAULT_EXCLUDE };
  const on = {};

  it('excludes dependencies, changelogs and licences by default, and keeps Source Lens on', () => {
    const rule = exclusionRule(defaults, on, true);
    assert.deepStrictEqual(rule, { disabled: false, globs: ['**/node_modules/**', '**/CHANGELOG.md', '**/LICENSE*'] });
  });

  it('merges the levels as VS Code does in a trusted workspace: a later level turns an exclusion on or off', () => {
    const rule = exclusionRule({ ...defaults, globalValue: { '**/notes/**': true }, workspaceValue: { '**/CHANGELOG.md': false, 'drafts/*.md': true } }, on, true);
    assert.deepStrictEqual(rule.globs.sort(), ['**/LICENSE*', '**/node_modules/**', '**/notes/**', 'drafts/*.md']);
  });

  it('lets an untrusted workspace add exclusions but not remove the user\'s or the defaults', () => {
    const exclude = { ...defaults, globalValue: { '**/notes/**': true }, workspaceValue: { '**/notes/**': false, '**/node_modules/**': false, 'drafts/*.md': true } };
    const rule = exclusionRule(exclude, on, false);
    assert.deepStrictEqual(rule.globs.sort(), ['**/CHANGELOG.md', '**/LICENSE*', '**/node_modules/**', '**/notes/**', 'drafts/*.md']);
    assert.ok(!exclusionRule({ ...exclude, workspaceFolderValue: { '**/LICENSE*': false } }, on, true).globs.includes('**/LICENSE*'), 'trusted: removed');
  });

  it('lets any workspace switch Source Lens off, and only a trusted one switch it back on over the user\'s setting', () => {
    assert.strictEqual(exclusionRule(defaults, { workspaceValue: false }, false).disabled, true);
    assert.strictEqual(exclusionRule(defaults, { workspaceFolderValue: false }, true).disabled, true);
    assert.strictEqual(exclusionRule(defaults, { globalValue: false }, true).disabled, true);
    assert.strictEqual(exclusionRule(defaults, { globalValue: false, workspaceValue: true }, true).disabled, false);
    assert.strictEqual(exclusionRule(defaults, { globalValue: false, workspaceValue: true }, false).disabled, true);
  });

  it('ignores malformed values from a hand-edited settings file', () => {
    const rule = exclusionRule({ defaultValue: DEFAULT_EXCLUDE, globalValue: ['**/x'], workspaceValue: { '  ': true, 'a/**': 'yes', 'b/**': true } }, { globalValue: 'no' }, true);
    assert.deepStrictEqual(rule, { disabled: false, globs: ['**/node_modules/**', '**/CHANGELOG.md', '**/LICENSE*', 'b/**'] });
  });
});
