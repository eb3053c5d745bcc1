// Unit tests of the character classes and the binary search, and of every stage agreeing on them.
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/analysis';
import { findDates } from '../../src/analysis/dates/findDates';
import { parseDocumentDateHeader } from '../../src/analysis/dates/documentDate';
import {
  APOSTROPHES, QUOTE_MARKS, foldedDiacritics, isApostrophe, isLetter, isLetterAt, isQuoteMark, isSpace, isWordCharAt,
  withoutDotsAndApostrophes,
} from '../../src/analysis/text/chars';
import { splitParagraphs } from '../../src/analysis/text/paragraphs';
import { lowerBound, partitionPoint, upperBound } from '../../src/analysis/text/sorted';
import { tokenize } from '../../src/analysis/text/tokens';
import { findRepoRoot } from '../support/fixtures';

const SPACES = [
  '\t', '\n', '\u000b', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680', '\u2002', '\u2009', '\u200a', '\u200b', '\u2028', '\u2029',
  '\u202f', '\u205f', '\u3000', '\ufeff',
];
const hex = (text: string): string => `U+${text.charCodeAt(0).toString(16)}`;

describe('character classes', () => {
  it('counts every Unicode white space as space, and the zero-width space and byte-order mark with them', () => {
    for (const space of SPACES) assert.ok(isSpace(space.charCodeAt(0)), hex(space));
    const notSpaces = ['a', '0', '-', '\u0000', '\u001b', '\u00ad', '\u200d', '\u2060'];
    for (const other of notSpaces) assert.ok(!isSpace(other.charCodeAt(0)), hex(other));
  });

  it('agrees with \\s on every code unit but the next-line control and the zero-width space, which it adds', () => {
    for (let code = 0; code < 0x10000; code++) {
      // \s leaves out U+0085, which Unicode counts as white space.
      const expected = /\s/.test(String.fromCharCode(code)) || code === 0x85 || code === 0x200b;
      assert.equal(isSpace(code), expected, `U+${code.toString(16)}`);
    }
  });

  it('reads letters and marks of every script as Unicode does, astral ones through their surrogate pair', () => {
    const letterOrMark = /[\p{L}\p{M}]/u;
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      assert.equal(isLetter(code), letterOrMark.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
    }
    assert.ok(isLetterAt('𝒜b', 0), 'a mathematical script capital is a letter');
    assert.ok(!isLetterAt('😀b', 0), 'an emoji is not');
    assert.ok(!isLetterAt('\ud835', 0), 'nor is a lone high surrogate');
    assert.ok(isWordCharAt('7', 0) && isWordCharAt('é', 0) && !isWordCharAt('-', 0));
  });

  it('folds diacritics as English word lists spell names, and builds nothing for a plain word', () => {
    assert.equal(foldedDiacritics('gdańsk'), 'gdansk');
    assert.equal(foldedDiacritics('øresund_bro'), 'oresund_bro');
    assert.equal(foldedDiacritics('são paulo'), 'sao paulo');
    assert.equal(foldedDiacritics('paris'), undefined);
    assert.equal(foldedDiacritics('日本'), undefined);
  });

  it('takes every apostrophe writers type, and strips them all from names compared', () => {
    for (const apostrophe of APOSTROPHES) assert.ok(isApostrophe(apostrophe.charCodeAt(0)));
    assert.ok(!isApostrophe('"'.charCodeAt(0)) && !isApostrophe('′'.charCodeAt(0)) && !isApostrophe('ʼ'.charCodeAt(0)));
    const names = [...APOSTROPHES].map((apostrophe) => withoutDotsAndApostrophes(`O${apostrophe}Brien`));
    assert.deepEqual(names, Array(APOSTROPHES.length).fill('OBrien'));
    assert.equal(withoutDotsAndApostrophes('U.S.'), 'US');
  });
});

describe('every stage reads a character the same way', () => {
  it('keeps a name with any apostrophe one word, and splits a possessive with any apostrophe', () => {
    for (const apostrophe of APOSTROPHES) {
      const texts = (text: string): string[] => tokenize(text).map((token) => token.text);
      assert.deepEqual(texts(`O${apostrophe}Brien arrived`), [`O${apostrophe}Brien`, 'arrived'], `O${apostrophe}Brien`);
      assert.deepEqual(texts(`Russia${apostrophe}s army`), ['Russia', `${apostrophe}s`, 'army'], `Russia${apostrophe}s`);
    }
  });

  it('finds an elided decade and a contraction with any apostrophe', () => {
    for (const apostrophe of APOSTROPHES) {
      const found = findDates(`Prices fell in the ${apostrophe}90s.`, [], null).map((date) => date.text);
      assert.deepEqual(found, [`${apostrophe}90s`], `${apostrophe}90s`);
      // "won't" is a future cue: "Friday" is the coming one.
      assert.equal(findDates(`They won${apostrophe}t sign it on Friday.`, [], '2023-03-15')[0]?.value, '2023-03-17', `won${apostrophe}t`);
    }
  });

  it('separates words, blank lines and the date header by the same spaces', () => {
    for (const space of SPACES.filter((s) => s !== '\n' && s !== '\r')) {
      const code = `U+${space.charCodeAt(0).toString(16)}`;
      assert.deepEqual(tokenize(`Ava${space}Jones`).map((token) => token.text), ['Ava', 'Jones'], code);
      assert.equal(splitParagraphs(`One.\n${space}\nTwo.`).length, 2, `a line of ${code} is blank`);
      assert.equal(parseDocumentDateHeader(`date${space}2023-03-17${space}Text`)?.date, '2023-03-17', code);
    }
  });

  it('credits a speaker whose name is written with a typographic apostrophe as with a typewriter one', () => {
    const speakerOf = (name: string): string[] => analyze(`“We will rebuild,” Sean ${name} said.`).claims.map((claim) => claim.speaker);
    const speakers = ["O'Brien", 'O’Brien', 'O‘Brien'].map(speakerOf);
    assert.deepEqual(speakers, [["Sean O'Brien"], ['Sean O’Brien'], ['Sean O‘Brien']]);
  });
});

describe('binary search', () => {
  it('finds the bounds of any value in any ascending list, as a linear scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (unsorted, target) => {
        const values = Int32Array.from(unsorted).sort();
        const firstNotBelow = values.findIndex((value) => value >= target);
        const firstAbove = values.findIndex((value) => value > target);
        assert.equal(lowerBound(values, values.length, target), firstNotBelow < 0 ? values.length : firstNotBelow);
        assert.equal(upperBound(values, values.length, target), firstAbove < 0 ? values.length : firstAbove);
        assert.equal(partitionPoint(values.length, (index) => values[index] < target), lowerBound(values, values.length, target));
      }),
    );
  });

  it('is the only binary search in src/: no other midpoint loop', () => {
    // (low + high) >> 1, (low + high + 1) >>> 1, Math.floor((low + high) / 2)
    const MIDPOINT = /\(\s*\w+\s*\+\s*\w+\s*(?:\+\s*1\s*)?\)\s*>>>?\s*1\b|Math\.floor\(\(\s*\w+\s*\+\s*\w+\s*\)\s*\/\s*2\)/;
    const root = path.join(findRepoRoot(), 'src');
    const found: string[] = [];
    const visit = (directory: string): void => {
      for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
        const full = path.join(directory, entry.name);
        if (entry.isDirectory()) visit(full);
        else if (entry.name.endsWith('.ts') && full !== path.join(root, 'analysis', 'text', 'sorted.ts')) {
          fs.readFileSync(full, 'utf8').split('\n').forEach((line, index) => {
            if (MIDPOINT.test(line)) found.push(`${path.relative(root, full)}:${index + 1}`);
          });
        }
      }
    };
    visit(root);
    assert.deepEqual(found, [], 'search with lowerBound, upperBound or partitionPoint (src/analysis/text/sorted.ts)');
  });

  it('has one definition of each character class in src/analysis: the one in text/chars.ts', () => {
    const root = path.join(findRepoRoot(), 'src', 'analysis');
    const found: string[] = [];
    const visit = (directory: string): void => {
      for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
        const full = path.join(directory, entry.name);
        if (entry.isDirectory()) visit(full);
        else if (entry.name.endsWith('.ts') && full !== path.join(root, 'text', 'chars.ts')) {
          const text = fs.readFileSync(full, 'utf8');
          const classes = [
            'Digit', 'Space', 'InlineSpace', 'LineBreak', 'Apostrophe', 'Letter', 'LetterAt', 'AsciiLetter', 'UpperAscii', 'LowerAscii',
            'Hyphen', 'WordCharAt', 'QuoteMark',
          ].join('|');
          const definitions = new RegExp(`function (is(?:${classes}))\\s*\\(`, 'g');
          for (const match of text.matchAll(definitions)) found.push(`${path.relative(root, full)}: ${match[1]}`);
        }
      }
    };
    visit(root);
    assert.deepEqual(found, [], 'import the character classes from src/analysis/text/chars.ts');
  });
});

describe('quotation marks', () => {
  it('reads exactly the listed marks as quotation marks', () => {
    for (let code = 0; code < 0x10000; code++) {
      assert.equal(isQuoteMark(code), QUOTE_MARKS.includes(String.fromCharCode(code)), `U+${code.toString(16)}`);
    }
  });
});
