// Unit tests of the tokenizer: words, numbers, punctuation and quotation marks with exact offsets.
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { Token, TokenFlag, TokenKind, isAllCaps, isCapitalized, isPossessive, tokenize } from '../../src/analysis/text/tokens';

function texts(text: string): string[] {
  return tokenize(text).map((token) => token.text);
}

/** The one token whose text is `written`, failing with every token when it is missing. */
function tokenOf(text: string, written: string): Token {
  const tokens = tokenize(text);
  const found = tokens.find((token) => token.text === written);
  assert.ok(found, `no token ${JSON.stringify(written)} in ${JSON.stringify(tokens.map((token) => token.text))}`);
  return found;
}

/** Every token's text is its slice of the source, tokens are in order, disjoint and inside [from, to). */
function assertExact(text: string, tokens: readonly Token[], from = 0, to = text.length): void {
  let previousEnd = from;
  for (const token of tokens) {
    assert.ok(token.start >= previousEnd, `token ${JSON.stringify(token.text)} overlaps or is out of order`);
    assert.ok(token.end > token.start && token.end <= to, `token ${JSON.stringify(token.text)} at ${token.start}-${token.end} leaves ${from}-${to}`);
    assert.equal(text.slice(token.start, token.end), token.text);
    previousEnd = token.end;
  }
}

describe('tokenize: words and clitics', () => {
  it('splits a possessive clitic off its word, with either apostrophe', () => {
    assert.deepEqual(texts('Russia’s army'), ['Russia', '’s', 'army']);
    assert.deepEqual(texts("Zelenskyy's aides"), ['Zelenskyy', "'s", 'aides']);
    const clitic = tokenOf('Russia’s army', '’s');
    assert.ok(isPossessive(clitic));
    assert.equal(clitic.kind, TokenKind.Word);
    assert.ok(!isPossessive(tokenOf('Russia’s army', 'Russia')));
  });

  it('keeps apostrophes inside names and contractions', () => {
    assert.deepEqual(texts("O'Brien and O’Neill don’t agree"), ["O'Brien", 'and', 'O’Neill', 'don’t', 'agree']);
  });

  it('leaves a plural possessive apostrophe as its own mark', () => {
    assert.deepEqual(texts("the farmers' views"), ['the', 'farmers', "'", 'views']);
    assert.equal(tokenOf("the farmers' views", "'").kind, TokenKind.Quote);
  });

  it('keeps hyphenated words whole but not a dangling hyphen', () => {
    assert.deepEqual(texts('a Kabul-based, well-known group'), ['a', 'Kabul-based', ',', 'well-known', 'group']);
    assert.deepEqual(texts('pre- and post-war'), ['pre', '-', 'and', 'post-war']);
  });

  it('keeps letters of other scripts and accents inside one word', () => {
    assert.deepEqual(texts('Élysée, Zürich, Дмитрий Песков, Ουκρανία'), ['Élysée', ',', 'Zürich', ',', 'Дмитрий', 'Песков', ',', 'Ουκρανία']);
    assert.ok(isCapitalized(tokenOf('in Élysée', 'Élysée')));
    assert.ok(isCapitalized(tokenOf('met Песков', 'Песков')));
  });
});

describe('tokenize: abbreviations and numbers', () => {
  it('keeps a dotted initialism with its final dot as one all-capitals word', () => {
    assert.deepEqual(texts('the U.S. and the U.N. agreed'), ['the', 'U.S.', 'and', 'the', 'U.N.', 'agreed']);
    assert.ok(isAllCaps(tokenOf('the U.S. and', 'U.S.')));
    assert.deepEqual(texts('at 5 a.m. today'), ['at', '5', 'a.m.', 'today']);
  });

  it('splits the full stop off an ordinary word', () => {
    assert.deepEqual(texts('Talks ended.'), ['Talks', 'ended', '.']);
  });

  it('reads decimals and thousands separators as one number', () => {
    assert.deepEqual(texts('growth of 3.5 percent and 1,000 jobs'), ['growth', 'of', '3.5', 'percent', 'and', '1,000', 'jobs']);
    assert.equal(tokenOf('growth of 3.5 percent', '3.5').kind, TokenKind.Number);
    assert.deepEqual(texts('up 2.5%.'), ['up', '2.5', '%', '.']);
  });

  it('ends a number at a full stop that no digit follows', () => {
    assert.deepEqual(texts('It cost 5. Then'), ['It', 'cost', '5', '.', 'Then']);
  });

  it('marks words that mix letters and digits as words with digits', () => {
    const jet = tokenOf('an F-16 jet', 'F-16');
    assert.equal(jet.kind, TokenKind.Word);
    assert.ok((jet.flags & TokenFlag.HasDigit) !== 0);
    assert.equal(tokenOf('in 1990 then', '1990').kind, TokenKind.Number);
  });
});

describe('tokenize: punctuation and quotation marks', () => {
  it('gives every quotation mark its own token', () => {
    const tokens = tokenize('“‘Hi,’” he said «oui» „ja“');
    const marks = tokens.filter((token) => token.kind === TokenKind.Quote).map((token) => token.text);
    assert.deepEqual(marks, ['“', '‘', '’', '”', '«', '»', '„', '“']);
  });

  it('reads three identical quote marks, or four of any kind, as punctuation', () => {
    for (const run of ["'''", '"""', '""""', `'"'"`, '“”“”']) {
      const tokens = tokenize(`before ${run} after`);
      assert.deepEqual(tokens.map((token) => token.text), ['before', run, 'after'], run);
      assert.equal(tokens[1].kind, TokenKind.Punct, run);
    }
  });

  it('keeps two adjacent marks as two quotation marks', () => {
    const tokens = tokenize('“‘');
    assert.deepEqual(tokens.map((token) => token.kind), [TokenKind.Quote, TokenKind.Quote]);
  });

  it('joins a run of the same punctuation into one token', () => {
    assert.deepEqual(texts('Wait... now!! Go -- fast'), ['Wait', '...', 'now', '!!', 'Go', '--', 'fast']);
  });
});

describe('tokenize: surrogates and offsets', () => {
  it('keeps a letter written as a surrogate pair inside its word', () => {
    const text = 'the 𝐀bc team';
    assert.deepEqual(texts(text), ['the', '𝐀bc', 'team']);
    assertExact(text, tokenize(text));
  });

  it('keeps an emoji whole as one punctuation token', () => {
    const text = 'Ana😀 left';
    const tokens = tokenize(text);
    assert.deepEqual(tokens.map((token) => token.text), ['Ana', '😀', 'left']);
    assert.equal(tokens[1].end - tokens[1].start, 2);
  });

  it('isolates lone surrogates without swallowing the letters around them', () => {
    for (const text of ['x\ud800y', 'ab\udc00 cd', '\udc00\ud800']) {
      const tokens = tokenize(text);
      assertExact(text, tokens);
      assert.ok(tokens.every((token) => token.kind !== TokenKind.Word || !/[\ud800-\udfff]/.test(token.text)), JSON.stringify(text));
    }
  });

  it('gives offsets into the whole text and stays inside the requested range', () => {
    const text = 'Skip this. Keep 𝐀bc here. Skip';
    const from = text.indexOf('Keep');
    const to = text.indexOf(' Skip');
    const tokens = tokenize(text, from, to);
    assert.deepEqual(tokens.map((token) => token.text), ['Keep', '𝐀bc', 'here', '.']);
    assertExact(text, tokens, from, to);
  });

  it('records spaces and line breaks before a token', () => {
    const tokens = tokenize('He left.\nShe came');
    const she = tokens[3];
    assert.equal(she.text, 'She');
    assert.ok((she.flags & TokenFlag.SpaceBefore) !== 0);
    assert.ok((she.flags & TokenFlag.LineBreakBefore) !== 0);
    assert.equal(tokens[2].flags & TokenFlag.SpaceBefore, 0, 'the full stop touches its word');
  });

  it('lower-cases words for look-ups and flags capitals', () => {
    const nato = tokenOf('the NATO summit', 'NATO');
    assert.equal(nato.lower, 'nato');
    assert.ok(isAllCaps(nato) && isCapitalized(nato));
    assert.ok(!isAllCaps(tokenOf('a A b', 'A')), 'one letter is not an all-capitals word');
  });

  it('gives no token for empty or blank text', () => {
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(tokenize(' \n\t\u00a0\u200b'), []);
  });
});

describe('tokenize: lower-case forms', () => {
  it('gives every word its lower-case form, in any script and case, and keeps only the public flags', () => {
    const word = fc.constantFrom('Straße', 'İstanbul', 'ǅemal', 'ΣΑΣ', '𐐀bc', 'don’t', 'U.S.', 'NATO', 'mcdonald', 'É', 'x');
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string({ unit: 'grapheme' })), { maxLength: 12 }), (words) => {
        for (const token of tokenize(words.join(' '))) {
          if (token.kind === TokenKind.Word) assert.equal(token.lower, token.text.toLowerCase(), token.text);
          else assert.equal(token.lower, token.text);
          assert.equal(token.flags & ~0x3f, 0, `flags ${token.flags} of ${token.text}`);
        }
      }),
    );
  });
});

