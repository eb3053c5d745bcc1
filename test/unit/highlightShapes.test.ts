// Proves each highlight kind has a shape of its own besides its colour (WCAG 1.4.1), and that the settings say which.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { HIGHLIGHT_KINDS, HIGHLIGHT_SHAPES } from '../../src/derived/decorationsModel';
import { findRepoRoot } from '../support/fixtures';

describe('highlight shapes', () => {
  it('gives every kind a different shape', () => {
    const shapes = HIGHLIGHT_KINDS.map((kind) => HIGHLIGHT_SHAPES[kind]);
    assert.strictEqual(new Set(shapes).size, HIGHLIGHT_KINDS.length, shapes.join(', '));
  });

  it('names each kind\'s shape in its setting\'s description', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(findRepoRoot(), 'package.json'), 'utf8')) as {
      contributes: { configuration: Array<{ properties: Record<string, { markdownDescription?: string }> }> };
    };
    const properties = Object.assign({}, ...manifest.contributes.configuration.map((section) => section.properties)) as Record<string, { markdownDescription?: string }>;
    for (const kind of HIGHLIGHT_KINDS) {
      const description = properties[`sourcelens.highlight.${kind}`]?.markdownDescription ?? '';
      const words = HIGHLIGHT_SHAPES[kind].replace(/ underline$/, '').replace(/^italics$/, 'italic');
      assert.ok(description.includes(words), `sourcelens.highlight.${kind}: "${description}" does not say "${words}"`);
    }
  });
});
