// Unit tests of paragraph splitting and line numbering over the raw text.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import { LineIndex, blankLineBetween, commonPrefixLength, commonSuffixLength, splitParagraphs } from '../../src/analysis/text/paragraphs';

function paragraphsOf(text: string, from?: number, to?: number): string[] {
  return splitParagraphs(text, from, to).map((span) => text.slice(span.start, span.end));
}

describe('splitParagraphs: blank lines and line endings', () => {
  it('separates paragraphs at blank lines, also lines of only spaces, tabs or no-break spaces', () => {
    assert.deepEqual(paragraphsOf('One.\n\nTwo.\n \t\nThree.\n\u00a0\nFour.'), ['One.', 'Two.', 'Three.', 'Four.']);
  });

  it('leaves surrounding blank lines and spaces out of every paragraph', () => {
    const text = '  \n\n  One.  \n\n\n  Two.\t\n\n';
    const spans = splitParagraphs(text);
    assert.deepEqual(spans.map((span) => text.slice(span.start, span.end)), ['One.', 'Two.']);
    assert.equal(spans[0].start, text.indexOf('One.'));
  });

  it('leaves a byte-order mark out of the first paragraph', () => {
    assert.deepEqual(paragraphsOf('\ufeffOne.\n\nTwo.'), ['One.', 'Two.']);
  });

  it('treats CRLF and lone CR line endings like LF', () => {
    assert.deepEqual(paragraphsOf('One.\r\n\r\nTwo starts\r\nand goes on.'), ['One.', 'Two starts\r\nand goes on.']);
    assert.deepEqual(paragraphsOf('One.\r\rTwo starts\rand goes on.'), ['One.', 'Two starts\rand goes on.']);
  });

  it('finds no paragraph in empty or blank text', () => {
    assert.deepEqual(paragraphsOf(''), []);
    assert.deepEqual(paragraphsOf('\n\r\n \n\t'), []);
  });

  it('splits only the requested range, with offsets into the whole text', () => {
    const text = 'Skip.\n\nKeep one.\n\nKeep two.\n\nSkip.';
    const from = text.indexOf('Keep one');
    const to = text.indexOf('Keep two') + 'Keep two.'.length;
    assert.deepEqual(paragraphsOf(text, from, to), ['Keep one.', 'Keep two.']);
  });
});

describe('splitParagraphs: single line breaks', () => {
  it('keeps hard-wrapped prose in one paragraph', () => {
    const text = 'The minister arrived late and the talks\nwere delayed until the evening. Officials\nsaid nothing more.';
    assert.deepEqual(paragraphsOf(text), [text]);
  });

  it('keeps short lines that end sentences together when nothing marks a new turn', () => {
    assert.deepEqual(paragraphsOf('He spoke first.\nShe answered.'), ['He spoke first.\nShe answered.']);
  });

  it('starts a paragraph at each transcript turn "Q:" and "A:"', () => {
    assert.deepEqual(paragraphsOf('Q: Why now?\nA: Because the law changed.\nQ: And then?'), ['Q: Why now?', 'A: Because the law changed.', 'Q: And then?']);
  });

  it('starts a paragraph at each speaker label, in capitals or as a name', () => {
    assert.deepEqual(paragraphsOf('MARIA LOPEZ: We stay.\nHOST: Thank you.'), ['MARIA LOPEZ: We stay.', 'HOST: Thank you.']);
    assert.deepEqual(paragraphsOf('Leilani Kahananui: We stay.\nTomas Berg: So do we.'), ['Leilani Kahananui: We stay.', 'Tomas Berg: So do we.']);
  });

  it('starts a paragraph at a line that opens a quotation after a finished sentence', () => {
    assert.deepEqual(paragraphsOf('He spoke first.\n“We go,” she said.'), ['He spoke first.', '“We go,” she said.']);
  });

  it('does not start a turn when the line before breaks mid-sentence', () => {
    const text = 'Asked about the\nQ: label, he laughed.';
    assert.deepEqual(paragraphsOf(text), [text]);
  });

  it('reads long lines that each end a sentence as one paragraph per line', () => {
    const first = `The council met on Tuesday to discuss the harbour, and ${'members argued at length about the budget '.repeat(2)}for hours.`;
    const second = 'Nobody agreed on a date.';
    assert.ok(first.length > 100);
    assert.deepEqual(paragraphsOf(`${first}\n${second}`), [first, second]);
  });
});

describe('blankLineBetween', () => {
  it('is true only when a blank line lies between two offsets', () => {
    const text = 'One.\n\nTwo.\nThree.\r\n \r\nFour.\r\rFive.';
    assert.equal(blankLineBetween(text, text.indexOf('.') + 1, text.indexOf('Two')), true);
    assert.equal(blankLineBetween(text, text.indexOf('Two') + 4, text.indexOf('Three')), false);
    assert.equal(blankLineBetween(text, text.indexOf('Three') + 6, text.indexOf('Four')), true);
    assert.equal(blankLineBetween(text, text.indexOf('Four') + 5, text.indexOf('Five')), true);
  });
});

describe('LineIndex: lines as editors count them', () => {
  it('ends a line at LF, CRLF and a lone CR, counting CRLF once', () => {
    const text = 'a\nb\r\nc\rd';
    const lines = LineIndex.of(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual([...text].map((_, offset) => lines.lineAt(offset)), [1, 1, 2, 2, 2, 3, 3, 4]);
    assert.deepEqual([1, 2, 3, 4].map((line) => lines.lineStart(line)), [0, 2, 5, 7]);
  });

  it('counts the empty line after a final line break', () => {
    assert.equal(LineIndex.of('').lineCount, 1);
    assert.equal(LineIndex.of('x\n').lineCount, 2);
    assert.equal(LineIndex.of('x\r\n').lineCount, 2);
    assert.equal(LineIndex.of('x\r').lineCount, 2);
  });

  it('after an edit, keeps the lines before it, shifts those after and finds those inside as a full count does', () => {
    let seed = 11;
    const next = (limit: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % limit;
    };
    const pieces = ['a', 'bc', '\n', '\n\n', ' ', 'word\n', ''];
    let text = 'one\ntwo\n\nthree\nfour';
    let lines = LineIndex.of(text);
    for (let edit = 0; edit < 300; edit++) {
      const start = next(text.length + 1);
      const end = Math.min(text.length, start + next(4));
      const inserted = pieces[next(pieces.length)];
      const edited = text.slice(0, start) + inserted + text.slice(end);
      // The stretch as the analyzer finds it: between the common prefix and suffix.
      const prefix = commonPrefixLength(text, edited);
      const suffix = commonSuffixLength(text, edited, Math.min(text.length, edited.length) - prefix);
      lines = LineIndex.afterEdit(lines, edited, prefix, text.length - suffix, edited.length - text.length);
      const fresh = LineIndex.of(edited);
      assert.equal(lines.lineCount, fresh.lineCount, `line count after edit ${edit + 1}`);
      for (let line = 1; line <= fresh.lineCount; line++) assert.equal(lines.lineStart(line), fresh.lineStart(line), `line ${line} after edit ${edit + 1}`);
      text = edited;
    }
  });

  it('puts offsets past the end on the last line and clamps line numbers', () => {
    const lines = LineIndex.of('a\nb');
    assert.equal(lines.lineAt(99), 2);
    assert.equal(lines.lineStart(0), 0);
    assert.equal(lines.lineStart(9), 2);
  });

  it('gives the analysis the same line numbers for every line ending', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = `Intro.${end}${end}Lena Varga spoke.`;
      const entity = analyze(text).entities.find((found) => found.text === 'Lena Varga');
      assert.ok(entity, JSON.stringify(end));
      assert.equal(entity.line, 3, JSON.stringify(end));
    }
  });
});

describe('commonPrefixLength and commonSuffixLength: where an edit is', () => {
  const naive = (a: string, b: string): [number, number] => {
    let p = 0;
    while (p < Math.min(a.length, b.length) && a[p] === b[p]) p++;
    let s = 0;
    while (s < Math.min(a.length, b.length) - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
    return [p, s];
  };

  it('agrees with a character-by-character comparison at every edit position of a long text', () => {
    const text = 'Ushakov said, adding: “We will see.” '.repeat(300);
    for (let at = 0; at <= text.length; at += 97) {
      for (const edited of [text.slice(0, at) + 'x' + text.slice(at), text.slice(0, at) + text.slice(at + 1), text.slice(0, at) + 'Q' + text.slice(at + 1)]) {
        const prefix = commonPrefixLength(text, edited);
        const suffix = commonSuffixLength(text, edited, Math.min(text.length, edited.length) - prefix);
        assert.deepEqual([prefix, suffix], naive(text, edited), `edit at ${at}`);
      }
    }
  });

  it('handles empty, identical and wholly different texts', () => {
    assert.equal(commonPrefixLength('', 'abc'), 0);
    assert.equal(commonSuffixLength('abc', ''), 0);
    const long = 'a'.repeat(5000);
    assert.equal(commonPrefixLength(long, long), 5000);
    assert.equal(commonSuffixLength(long, long), 5000);
    assert.equal(commonPrefixLength('abc', 'xyz'), 0);
    assert.equal(commonSuffixLength('abc', 'xyz'), 0);
    assert.equal(commonSuffixLength(long, long, 10), 10);
  });
});
