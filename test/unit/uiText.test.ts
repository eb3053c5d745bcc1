// Proves untrusted text shows as the characters it is on every UI surface: no live links or icons, no hidden characters.
import * as assert from 'assert';
import { showInvisibles } from '../../src/presentation/invisibles';
import { markdownText, uiText } from '../../src/presentation/uiText';

/** VS Code's own patterns: links in notifications and quick-input descriptions, and theme icons in labels. */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
const THEME_ICON = /\$\([a-z0-9-]+(?:~[a-z]+)?\)/gi;

describe('uiText', () => {
  const hostileFileName = '[Details](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%20-rf%20~%5Cn%22%7D).txt';

  it('leaves no link a notification would render in a hostile file name, and still reads the same', () => {
    const shown = uiText(`Source Lens could not analyse ${hostileFileName}`, 300);
    assert.deepStrictEqual(shown.match(NOTIFICATION_LINK), null);
    assert.strictEqual(shown.replace(/\u2060/g, ''), `Source Lens could not analyse ${hostileFileName}`);
  });

  it('breaks web and file links too, and every link of a text with several', () => {
    for (const text of ['[a](https://example.com) [b](file:///etc/passwd) [c](COMMAND:x)', '[[x](command:a)](command:b)']) {
      assert.deepStrictEqual(uiText(text, 200).match(NOTIFICATION_LINK), null, text);
    }
  });

  it('leaves no theme icon syntax, so a name cannot draw icons in a quick pick or the status bar', () => {
    const shown = uiText('$(warning) Urgent $(sync~spin)');
    assert.deepStrictEqual(shown.match(THEME_ICON), null);
    assert.strictEqual(shown.replace(/\u2060/g, ''), '$(warning) Urgent $(sync~spin)');
  });

  it('shows zero-width, direction and tag characters, so a look-alike name is told apart', () => {
    assert.strictEqual(uiText('Pu\u200btin'), 'Pu<U+200B>tin');
    assert.strictEqual(uiText('\u200eBiden\u200f'), '<U+200E>Biden<U+200F>');
    assert.strictEqual(uiText('Ana\u00adstasia'), 'Ana<U+00AD>stasia');
    assert.strictEqual(uiText('Ma\u200dcron'), 'Ma<U+200D>cron', 'a joiner between Latin letters');
    assert.strictEqual(uiText('Ma\ufe0fcron'), 'Ma<U+FE0F>cron', 'a variation selector after a Latin letter');
    assert.strictEqual(uiText('\ufeffXi'), '<U+FEFF>Xi');
    assert.strictEqual(uiText('evil\u202egnp.exe'), 'evil<U+202E>gnp.exe');
    assert.strictEqual(uiText('Trump\u{e0041}\u{e0042}'), 'Trump<U+E0041><U+E0042>', 'tag characters outside a flag');
    assert.strictEqual(uiText('\u3164'), '<U+3164>', 'a Hangul filler that draws as blank');
    assert.strictEqual(uiText('bell\u0007'), 'bell<U+0007>');
  });

  it('keeps the invisible characters that are doing their job in emoji and joining scripts', () => {
    for (const text of ['👩‍💻', '👨🏽‍💻', '🏳️‍🌈', '1️⃣', '❤️', '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}', 'می‌خواهم', 'क्‍ष', '葛\u{e0100}']) {
      assert.strictEqual(showInvisibles(text), text, text);
    }
  });

  it('gives one line of bounded length, whitespace collapsed', () => {
    assert.strictEqual(uiText('Anna\n\tBerg\u2028Jr'), 'Anna Berg Jr');
    const long = uiText('x'.repeat(500), 20);
    assert.strictEqual([...long].length, 20);
    assert.ok(long.endsWith('…'));
  });

  it('escapes Markdown and shows invisible characters for hover cards and tooltips', () => {
    assert.strictEqual(markdownText('[Pu\u200btin](command:x)'), '\\[Pu\\<U\\+200B\\>tin\\]\\(command\\:x\\)');
  });
});
