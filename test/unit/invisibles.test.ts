// Proves the editor's UI and the exports share one policy on invisible characters: the same characters kept as part
// of the writing, the same shown, and the JSON export's code-unit pattern covering the same zero-width characters.
import { strict as assert } from 'assert';
import { INVISIBLE_CHARACTER_PATTERN, revealInvisible, showInvisibles } from '../../src/presentation/invisibles';

describe('invisible characters: one policy', () => {
  it('keeps and shows the same zero-width characters on the UI and in the exports', () => {
    const wales = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}';
    const texts = ['👩\u200d💻', 'می\u200cخواهم', 'क्\u200dष', 'Ma\u200dcron', 'Pu\u200btin', '👍🏽\u200d', wales];
    for (const text of texts) assert.equal(showInvisibles(text), revealInvisible(text), JSON.stringify(text));
    assert.equal(revealInvisible('Ma\u200dcron'), 'Ma<U+200D>cron');
    assert.equal(revealInvisible('👩\u200d💻'), '👩\u200d💻');
  });

  it('shows controls, soft hyphens and stray variation selectors on the UI only, where no other step escapes them', () => {
    assert.equal(showInvisibles('Ana\u00adstasia Ma\ufe0fcron'), 'Ana<U+00AD>stasia Ma<U+FE0F>cron');
    assert.equal(revealInvisible('Ana\u00adstasia Ma\ufe0fcron'), 'Ana\u00adstasia Ma\ufe0fcron');
  });

  it('matches, as UTF-16 code units, exactly the characters the exports reveal', () => {
    const pattern = new RegExp(`^(?:${INVISIBLE_CHARACTER_PATTERN})$`);
    for (let code = 0; code <= 0xe01ef; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      const revealed = revealInvisible(`a${character}a`) !== `a${character}a`;
      assert.equal(pattern.test(character), revealed, `U+${code.toString(16)}`);
    }
  });
});
