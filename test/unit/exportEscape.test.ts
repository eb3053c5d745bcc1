// Proves the safe-rendering helpers: Markdown escaping renders literally in real renderers, control characters are neutralised, CSV cells are inert.
import * as assert from 'assert';
import * as fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import {
  CONTROL_REPLACEMENT,
  csvCell,
  escapeControlCharacters,
  escapeMarkdown,
  escapeMarkdownInContext,
  singleLine,
  stripControlCharacters,
} from '../../src/presentation/escape';
import { revealInvisible } from '../../src/presentation/invisibles';
import { HOSTILE_PAYLOADS } from '../hostile/hostileAnalysis';

/** Characters that must never reach a terminal, a label or a rendered view raw. */
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const markdownIt = new MarkdownIt({ html: true, linkify: true });

/** Renders with the renderer VS Code uses for MarkdownString (marked, GFM) and with markdown-it (HTML and linkify on). */
function renderBoth(markdown: string): string[] {
  return [marked.parse(markdown, { async: false, gfm: true }), markdownIt.render(markdown)];
}

const BLOCK_TAGS = /<\/?(?:p|br)\s*\/?>/g;

function decodeHtml(html: string): string {
  return html
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** What a renderer shows for escaped text: only paragraphs and line breaks may appear, the rest must be literal. */
function renderedText(html: string): string {
  const withoutParagraphs = html.replace(BLOCK_TAGS, ' ');
  assert.ok(!/<[a-zA-Z!/?]/.test(withoutParagraphs), `rendered markup besides paragraphs: ${JSON.stringify(html)}`);
  return collapseWhitespace(decodeHtml(withoutParagraphs));
}

describe('stripControlCharacters', () => {
  it('removes ANSI colour, screen and cursor sequences whole', () => {
    assert.strictEqual(stripControlCharacters('\u001b[31mRED\u001b[0m\u001b[2J\u001b[Hok\u001b[?1049h'), 'REDok');
  });

  it('removes OSC window titles and OSC 8 hyperlinks with both terminators', () => {
    assert.strictEqual(stripControlCharacters('a\u001b]0;pwned\u0007b'), 'ab');
    assert.strictEqual(stripControlCharacters('\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\'), 'link');
  });

  it('removes 8-bit C1 CSI sequences', () => {
    assert.strictEqual(stripControlCharacters('x\u009b31my'), 'xy');
  });

  it('replaces other control characters and bidi controls visibly, one each', () => {
    const text = 'a\u0000b\u0007c\bd\u007fe\u0090f\u202eg\u2066h\u2069i\u202aj';
    assert.strictEqual(stripControlCharacters(text), 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFDi\uFFFDj');
  });

  it('normalises every line break to LF and keeps tabs', () => {
    assert.strictEqual(stripControlCharacters('a\r\nb\rc\u2028d\u2029e\u0085f\u000cg\th'), 'a\nb\nc\nd\ne\nf\ng\th');
  });

  it('leaves ordinary text of every script unchanged', () => {
    const text = 'Zoë “quoted” 🚧 👩‍👩‍👧 e\u0301 مرحبا 你好 \u200d';
    assert.strictEqual(stripControlCharacters(text), text);
  });

  it('never swallows the text after an unterminated escape sequence', () => {
    assert.strictEqual(stripControlCharacters('a\u001b]0;never ends'), 'a0;never ends');
    assert.strictEqual(stripControlCharacters('a\u001b'), `a${CONTROL_REPLACEMENT}`);
  });

  it('leaves nothing unsafe in any string, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const stripped = stripControlCharacters(text);
        assert.ok(!UNSAFE_CHARACTER.test(stripped), JSON.stringify(stripped));
        assert.ok(!stripped.includes('\r'));
        assert.strictEqual(stripControlCharacters(stripped), stripped);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('escapeControlCharacters', () => {
  it('spells out controls, line breaks and bidi controls as \\u escapes and keeps everything else', () => {
    assert.strictEqual(escapeControlCharacters('a\u001b[2J\u202eb\nc\u2028d\te 🚧'), 'a\\u001b[2J\\u202eb\\u000ac\\u2028d\te 🚧');
  });

  it('shows invisible characters of a file name as code points', () => {
    assert.strictEqual(escapeControlCharacters('a\u200bb\u200e.txt'), 'a<U+200B>b<U+200E>.txt');
  });

  it('always gives one line free of raw controls', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const escaped = escapeControlCharacters(text);
        assert.ok(!UNSAFE_CHARACTER.test(escaped) && !/[\n\r\u2028\u2029]/.test(escaped), JSON.stringify(escaped));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('escapeMarkdown', () => {
  for (const [name, payload] of Object.entries(HOSTILE_PAYLOADS)) {
    it(`renders the ${name} payload as literal text in marked and markdown-it`, () => {
      const escaped = escapeMarkdown(payload);
      for (const html of renderBoth(escaped)) {
        assert.strictEqual(renderedText(html), collapseWhitespace(stripControlCharacters(payload)));
        assert.ok(!/<(?:a|img|script|iframe|style)\b/i.test(html), html);
        assert.ok(!UNSAFE_CHARACTER.test(html), JSON.stringify(html));
      }
    });
  }

  it('keeps a command link visible as text, without a link', () => {
    const [markedHtml] = renderBoth(escapeMarkdown('[x](command:workbench.action.quit)'));
    assert.strictEqual(markedHtml.trim(), '<p>[x](command:workbench.action.quit)</p>');
  });

  it('stops leading spaces from starting a code block', () => {
    assert.strictEqual(escapeMarkdown('    code\n\tmore'), '&nbsp;&nbsp;&nbsp;&nbsp;code\n&nbsp;more');
  });

  it('keeps line breaks so a blank line still separates paragraphs', () => {
    const [markedHtml] = renderBoth(escapeMarkdown('one\n\ntwo'));
    assert.strictEqual(markedHtml.trim(), '<p>one</p>\n<p>two</p>');
  });

  it('renders any text literally: what is shown equals the text with controls made visible', () => {
    const markdownAlphabet = fc.constantFrom(
      ...'\\`*_{}[]()#+-.!|<>~&=$:;/@"\'?%^,'.split(''),
      ' ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', 'a', 'Z', '1', 'www', 'http', 'command', 'mailto', 'é', '🚧', '\u0000', '\u001b', '\u202e',
    );
    const markdownish = fc.array(fc.oneof(markdownAlphabet, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(markdownish, (text) => {
        const expected = collapseWhitespace(stripControlCharacters(text));
        for (const html of renderBoth(escapeMarkdown(text))) assert.strictEqual(renderedText(html), expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('revealInvisible', () => {
  it('shows zero-width, direction-mark, BOM and tag characters as code points', () => {
    assert.strictEqual(revealInvisible('Pe\u200bskov'), 'Pe<U+200B>skov');
    assert.strictEqual(revealInvisible('\u200eSam\u200f \u061c \ufeffx \u2060y \u180e'), '<U+200E>Sam<U+200F> <U+061C> <U+FEFF>x <U+2060>y <U+180E>');
    assert.strictEqual(revealInvisible('Pe\u200dskov Pe\u200cskov'), 'Pe<U+200D>skov Pe<U+200C>skov');
    assert.strictEqual(revealInvisible('Anna\u{E0041}\u{E0042} Berg'), 'Anna<U+E0041><U+E0042> Berg');
  });

  it('keeps joiners that spell words and emoji, and the tags of a subdivision flag', () => {
    const kept = [
      '👩\u200d👩\u200d👧 🏳\ufe0f\u200d🌈 👍🏽\u200d', // emoji sequences (a joiner at the end is not one)
      'می\u200cخواهم', // Persian: the non-joiner is part of the spelling
      'क्\u200dष', // Devanagari
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', // the flag of England
    ];
    assert.strictEqual(revealInvisible(kept[0]), '👩\u200d👩\u200d👧 🏳\ufe0f\u200d🌈 👍🏽<U+200D>');
    for (const text of kept.slice(1)) assert.strictEqual(revealInvisible(text), text);
  });

  it('leaves nothing invisible that could tell two names apart, for any text', () => {
    const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u061c', '\u{E0020}', '\u{E007F}');
    fc.assert(
      fc.property(fc.array(fc.oneof(invisible, fc.constantFrom('a', 'B', ' ', '-')), { maxLength: 20 }), (parts) => {
        const shown = revealInvisible(parts.join(''));
        assert.ok(!/[\u200b-\u200f\u2060\ufeff\u061c]|\udb40[\udc00-\udc7f]/.test(shown), JSON.stringify(shown));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('escapeMarkdownInContext', () => {
  for (const [name, payload] of Object.entries(HOSTILE_PAYLOADS)) {
    it(`renders the ${name} payload as literal text in marked and markdown-it`, () => {
      const escaped = escapeMarkdownInContext(payload);
      for (const html of renderBoth(escaped)) {
        assert.strictEqual(renderedText(html), collapseWhitespace(stripControlCharacters(payload)));
        assert.ok(!/<(?:a|img|script|iframe|style)\b/i.test(html), html);
        assert.ok(!UNSAFE_CHARACTER.test(html), JSON.stringify(html));
      }
    });
  }

  it('writes dates, file names, hyphenated words and ordinary punctuation as they are', () => {
    const ordinary = [
      '2023-03-17',
      'file.txt:37',
      'Russian-Chinese',
      'snake_case',
      'U.S. officials said (on Monday): "yes!" 10:30, 50% + 5% = 55%',
      '$20,000 and $30,000',
      'a < b, x <= y, C# and F#',
      'AT&T',
      'C:\\reports\\notes.txt',
    ];
    for (const text of ordinary) assert.strictEqual(escapeMarkdownInContext(text), text);
  });

  it('escapes only what would act where it stands', () => {
    assert.strictEqual(escapeMarkdownInContext('- item'), '\\- item');
    assert.strictEqual(escapeMarkdownInContext('1984. It was'), '1984\\. It was');
    assert.strictEqual(escapeMarkdownInContext('see notes.md or www.evil.example'), 'see notes\\.md or www\\.evil.example');
    // GFM links `www.` after an underscore (one of its delimiters): the underscore alone does not stop it.
    assert.strictEqual(escapeMarkdownInContext('_www.Z'), '\\_www\\.Z');
    assert.strictEqual(escapeMarkdownInContext('https://evil.example'), 'https:/\\/evil.example');
    assert.strictEqual(escapeMarkdownInContext('boss@evil.example'), 'boss\\@evil.example');
    assert.strictEqual(escapeMarkdownInContext('**bold** _it_ `code` [x](y) <b> &amp; | ~'), '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[x\\](y) \\<b> \\&amp; \\| \\~');
    assert.strictEqual(escapeMarkdownInContext('Pe\u200bskov'), 'Pe<U+200B>skov');
  });

  it('renders any text literally: what is shown equals the text with controls and invisible characters made visible', () => {
    const markdownAlphabet = fc.constantFrom(
      ...'\\`*_{}[]()#+-.!|<>~&=$:;/@"\'?%^,'.split(''),
      ' ', '  ', '    ', '\t', '\n', '\n\n', '\r\n', 'a', 'Z', '1', '12.', 'www', 'http', 'https://', 'command', 'mailto', 'x.com', '.md', '&amp;',
      '&#35;', ':smile:', '$5', 'é', '🚧', '\u0000', '\u001b', '\u202e', '\u200b', '\u200d', 'U+200B>',
    );
    const markdownish = fc.array(fc.oneof(markdownAlphabet, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(markdownish, (text) => {
        const expected = collapseWhitespace(revealInvisible(stripControlCharacters(text)));
        for (const html of renderBoth(escapeMarkdownInContext(text))) assert.strictEqual(renderedText(html), expected);
      }),
      { numRuns: 4000 },
    );
  });
});

describe('csvCell', () => {
  it('leaves plain text bare and quotes only what RFC 4180 requires', () => {
    assert.strictEqual(csvCell('Dmitry Peskov'), 'Dmitry Peskov');
    assert.strictEqual(csvCell('said, adding'), '"said, adding"');
    assert.strictEqual(csvCell('the "deal"'), '"the ""deal"""');
    assert.strictEqual(csvCell('two\nlines'), '"two\nlines"');
  });

  it('prefixes formula starts with an apostrophe', () => {
    assert.strictEqual(csvCell('=1+1'), "'=1+1");
    assert.strictEqual(csvCell('+cmd'), "'+cmd");
    assert.strictEqual(csvCell('-2+3'), "'-2+3");
    assert.strictEqual(csvCell('-'), '-', 'the name of standard input stays readable');
    assert.strictEqual(csvCell('--'), "'--");
    assert.strictEqual(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.strictEqual(csvCell('\t=1'), "'\t=1");
    assert.strictEqual(csvCell('\r=1'), '"\'\n=1"');
    assert.strictEqual(csvCell('  =1+1'), "'  =1+1");
    assert.strictEqual(csvCell('=HYPERLINK("http://x","y")'), '"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('sees a formula behind no-break, ideographic and zero-width spaces, a BOM, and in full-width and small forms', () => {
    for (const start of ['\u00a0', '\u3000', '\u2007', '\u202f', ' \u00a0 ']) assert.strictEqual(csvCell(`${start}=1+1`), `'${start}=1+1`);
    // Invisible starts are shown, so the cell starts with "<", which no spreadsheet evaluates.
    assert.strictEqual(csvCell('\u200b=1+1'), '<U+200B>=1+1');
    assert.strictEqual(csvCell('\ufeff@SUM(A1)'), '<U+FEFF>@SUM(A1)');
    for (const trigger of ['\uff1d', '\uff0b', '\uff0d', '\uff20', '\ufe66', '\ufe62', '\ufe63', '\ufe6b', '\u2212']) {
      assert.strictEqual(csvCell(`${trigger}SUM(A1)`), `'${trigger}SUM(A1)`);
    }
    assert.strictEqual(csvCell('\u3000\t=1'), "'\u3000\t=1");
  });

  it('shows invisible characters in cells, so look-alike names differ', () => {
    assert.strictEqual(csvCell('Pe\u200bskov'), 'Pe<U+200B>skov');
    assert.strictEqual(csvCell('\u200eAnna\u200f'), '<U+200E>Anna<U+200F>');
  });

  it('writes numbers and booleans as data, empty for null, undefined and non-finite numbers', () => {
    assert.strictEqual(csvCell(-5), '-5');
    assert.strictEqual(csvCell(12), '12');
    assert.strictEqual(csvCell(true), 'true');
    assert.strictEqual(csvCell(null), '');
    assert.strictEqual(csvCell(undefined), '');
    assert.strictEqual(csvCell(Number.NaN), '');
  });

  it('neutralises terminal escapes and bidi controls', () => {
    assert.strictEqual(csvCell('\u001b[31mred\u001b[0m \u202eevil'), 'red \uFFFDevil');
  });

  it('never yields a cell a spreadsheet would evaluate, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.array(fc.constantFrom(' ', '\u00a0', '\u3000', '\u200b', '\ufeff', '=', '\uff1d', '-', '@', 'x'), { maxLength: 6 }).map((parts) => parts.join(''))), (text) => {
        const cell = csvCell(text);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        assert.ok(unquoted === '-' || !/^[\s\u200b-\u200f\u2060\ufeff]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212]/.test(unquoted), JSON.stringify(cell));
        assert.ok(!UNSAFE_CHARACTER.test(cell), JSON.stringify(cell));
        if (!cell.startsWith('"')) assert.ok(!/[",\r\n]/.test(cell), JSON.stringify(cell));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('singleLine', () => {
  const graphemeCount = (text: string): number => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;

  it('collapses line breaks and runs of whitespace into single spaces', () => {
    assert.strictEqual(singleLine('  Dmitry\r\n\tPeskov \u2028said  ', 80), 'Dmitry Peskov said');
  });

  it('cuts long text with an ellipsis, within the limit', () => {
    assert.strictEqual(singleLine('abcdefghij', 5), 'abcd…');
    assert.strictEqual(singleLine('abcde', 5), 'abcde');
    assert.strictEqual(singleLine('word    next', 6), 'word…');
  });

  it('never splits an emoji, a surrogate pair or a letter from its accent', () => {
    assert.strictEqual(singleLine('👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧', 2), '👩‍👩‍👧…');
    assert.strictEqual(singleLine('e\u0301e\u0301e\u0301', 2), 'e\u0301…');
    assert.strictEqual(singleLine('🚧🚧🚧', 2), '🚧…');
  });

  it('neutralises control characters', () => {
    assert.strictEqual(singleLine('\u001b[2Jname\u202e', 20), 'name\uFFFD');
  });

  it('cuts punctuation-rich text without a segmenter exactly where the segmenter would', () => {
    // The fast path covers text of Latin letters and typographic punctuation; accents, joiners and emoji go to the
    // segmenter. Both must agree wherever the cut falls.
    const bySegments = (text: string, limit: number): string => {
      const collapsed = stripControlCharacters(text).replace(/\s+/gu, ' ').trim();
      const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(collapsed)].map((part) => part.segment);
      return graphemes.length <= limit ? collapsed : `${graphemes.slice(0, limit - 1).join('').trimEnd()}…`;
    };
    const alphabet = ['a', 'Z', ' ', '“', '”', '’', '—', '…', '‹', 'é', 'e\u0301', '\u200d', '👩', '🇫🇷', 'ß', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.integer({ min: 1, max: 20 }), (parts, limit) => {
        const text = parts.join('');
        assert.strictEqual(singleLine(text, limit), bySegments(text, limit));
      }),
      { numRuns: 2000 },
    );
  });

  it('always gives one line of at most max graphemes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (text, max) => {
        const label = singleLine(text, max);
        assert.ok(!/[\n\r\u2028\u2029]/.test(label));
        assert.ok(graphemeCount(label) <= max, `${JSON.stringify(label)} > ${max}`);
      }),
      { numRuns: 2000 },
    );
  });
});
