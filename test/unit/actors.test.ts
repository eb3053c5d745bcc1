// Unit tests of actors: aliases merged into one actor, capitals into countries, role descriptions, user corrections.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import { foundingOrder, reorderedFounding, type Founding } from '../../src/analysis/document/actors/drafts';
import type { Actor, Analysis, AnalyzeOptions, MentionKind } from '../../src/analysis/types';

function actorNamed(analysis: Analysis, name: string): Actor {
  const found = analysis.actors.find((actor) => actor.name === name);
  assert.ok(found, `no actor ${JSON.stringify(name)} in ${JSON.stringify(analysis.actors.map((actor) => actor.name))}`);
  return found;
}

/** Each actor as "name: mention/kind, …", so one assertion shows how every mention was merged. */
function actorSummary(text: string, options?: AnalyzeOptions): string[] {
  return analyze(text, options).actors.map((actor) => `${actor.name} ${actor.type}: ${actor.mentions.map((m) => `${m.text}/${m.kind}`).join(', ')}`);
}

function mentionKinds(actor: Actor): Array<[string, MentionKind]> {
  return actor.mentions.map((mention) => [mention.text, mention.kind]);
}

describe('actors: person aliases', () => {
  it('merges a surname with the full name seen earlier', () => {
    const analysis = analyze('Dmitry Peskov spoke on Monday.\n\nPeskov said the talks were over.');
    assert.equal(analysis.actors.length, 1);
    const peskov = actorNamed(analysis, 'Dmitry Peskov');
    assert.deepEqual(mentionKinds(peskov), [['Dmitry Peskov', 'name'], ['Peskov', 'name']]);
    assert.deepEqual(peskov.aliases, ['Peskov']);
  });

  it('merges a surname-first name’s lone surname ("Xi" into "Xi Jinping")', () => {
    const analysis = analyze('Chinese President Xi Jinping arrived in Moscow.\n\nXi said the visit would be friendly.');
    const xi = actorNamed(analysis, 'Xi Jinping');
    assert.deepEqual(mentionKinds(xi), [['Xi Jinping', 'name'], ['Xi', 'name']]);
    assert.deepEqual(xi.roles, ['Chinese President']);
    assert.ok(xi.aliases.includes('Chinese President Xi Jinping'), JSON.stringify(xi.aliases));
  });

  it('merges a name written with and without a middle initial', () => {
    assert.deepEqual(actorSummary('George W. Bush spoke.\n\nGeorge Bush left.'), ['George W. Bush PERSON: George W. Bush/name, George Bush/name']);
  });

  it('merges a two-word surname with the full name seen earlier, but not a given name and a surname', () => {
    const summary = actorSummary('Anna Lopez Vidal chairs the board.\n\nLopez Vidal said the club would grow.');
    assert.deepEqual(summary, ['Anna Lopez Vidal PERSON: Anna Lopez Vidal/name, Lopez Vidal/name']);
    assert.equal(analyze('Anna Maria Vidal chairs the board.\n\nMaria Vidal said the club would grow.').actors.length, 2);
  });

  it('merges a given name alone with the full name it starts, and credits it with the quotation', () => {
    const text = 'Alice Liddell sat down at the table.\n\n“It is very rude,” said Alice. Later Mary Walsh came in. Mary said it was rude.';
    const analysis = analyze(text);
    assert.deepEqual(
      analysis.actors.map((actor) => `${actor.name}: ${actor.mentions.map((m) => m.text).join(', ')}`),
      ['Alice Liddell: Alice Liddell, Alice', 'Mary Walsh: Mary Walsh, Mary'],
    );
    assert.deepEqual(analysis.claims.map((claim) => claim.speakerId), ['alice-liddell', 'mary-walsh']);
  });

  it('takes a lone given name the tagger lists as a noun ("alice") for the speaker it is', () => {
    const analysis = analyze('‘It is very rude,’ said Alice; ‘it is laid for a great many more than three.’');
    assert.deepEqual(analysis.actors.map((actor) => `${actor.name} ${actor.type}`), ['Alice PERSON']);
    assert.deepEqual(analysis.claims.map((claim) => claim.speakerId), ['alice', 'alice']);
  });

  it('keeps a given name that is a common word and never written mid-sentence apart from a full name', () => {
    assert.deepEqual(actorSummary('Will Cole spoke on Monday.\n\nWill the council agree?').map((s) => s.split(':')[0]), ['Will Cole PERSON']);
  });

  it('keeps two people who share a surname apart', () => {
    assert.deepEqual(actorSummary('Ana Ruiz and Pedro Ruiz spoke.'), ['Ana Ruiz PERSON: Ana Ruiz/name', 'Pedro Ruiz PERSON: Pedro Ruiz/name']);
  });

  it('names the actor by its fullest name, without its title', () => {
    const analysis = analyze('President Joe Biden spoke. Biden left.');
    const biden = actorNamed(analysis, 'Joe Biden');
    assert.equal(biden.id, 'joe-biden');
    assert.deepEqual(biden.roles, ['President']);
    assert.deepEqual(biden.aliases, ['President Joe Biden', 'Biden']);
  });
});

describe('actors: organization aliases', () => {
  it('merges an acronym given in brackets with its expansion', () => {
    const text = 'The International Energy Agency (IEA) published a report.\n\nThe IEA said demand would rise.';
    assert.deepEqual(actorSummary(text), ['International Energy Agency ORG: International Energy Agency/name, IEA/name, IEA/name']);
  });

  it('merges an acronym seen before its expansion', () => {
    assert.deepEqual(actorSummary('The IEA published a report.\n\nThe International Energy Agency said demand would rise.'), ['International Energy Agency ORG: IEA/name, International Energy Agency/name']);
  });

  it('merges a short organization name with the full one', () => {
    const text = 'Amnesty International published a report.\n\nThe arrests were unlawful, Amnesty said.';
    assert.deepEqual(actorSummary(text), ['Amnesty International ORG: Amnesty International/name, Amnesty/name']);
  });
});

describe('actors: capitals and countries', () => {
  it('folds a capital into its country when both appear', () => {
    const analysis = analyze('Russia and China signed a deal.\n\nMoscow hopes for more.');
    const russia = actorNamed(analysis, 'Russia');
    assert.deepEqual(mentionKinds(russia), [['Russia', 'name'], ['Moscow', 'capital']]);
    assert.deepEqual(russia.aliases, ['Moscow']);
    assert.ok(!analysis.actors.some((actor) => actor.name === 'Moscow'));
  });

  it('folds the capital even when it comes first, possessive or not', () => {
    const analysis = analyze('Moscow’s aggression worried Russia’s neighbours.');
    assert.deepEqual(mentionKinds(actorNamed(analysis, 'Russia')), [['Moscow', 'capital'], ['Russia', 'name']]);
  });

  it('links a nationality adjective standing for its country ("Chinese officials") to the country', () => {
    const analysis = analyze('China signed the deal on Monday.\n\nChinese officials said the terms were fair.');
    assert.deepEqual(mentionKinds(actorNamed(analysis, 'China')), [['China', 'name'], ['Chinese', 'demonym']]);
  });

  it('keeps a capital as its own place when its country is not named', () => {
    assert.deepEqual(actorSummary('Moscow hopes for more.'), ['Moscow PLACE: Moscow/name']);
  });
});

describe('actors: role descriptions', () => {
  it('resolves "the Russian leader" and "the Chinese leader" to the presidents of those countries', () => {
    const text = 'Russian President Vladimir Putin met Chinese President Xi Jinping.\n\nThe Russian leader said the talks were useful. The Chinese leader smiled.';
    const analysis = analyze(text);
    assert.deepEqual(mentionKinds(actorNamed(analysis, 'Vladimir Putin')), [['Vladimir Putin', 'name'], ['The Russian leader', 'role']]);
    assert.deepEqual(mentionKinds(actorNamed(analysis, 'Xi Jinping')), [['Xi Jinping', 'name'], ['The Chinese leader', 'role']]);
    assert.ok(actorNamed(analysis, 'Vladimir Putin').aliases.includes('the Russian leader'));
  });

  it('resolves "the minister" to the one person titled minister', () => {
    const analysis = analyze('Foreign Minister Lena Varga met reporters.\n\nThe minister said the border would stay open.');
    assert.deepEqual(mentionKinds(actorNamed(analysis, 'Lena Varga')), [['Lena Varga', 'name'], ['The minister', 'role']]);
  });

  it('resolves "the minister" to the minister mentioned last when there are two', () => {
    const analysis = analyze('Foreign Minister Ana Ruiz met Finance Minister Pedro Lenz.\n\nLenz spoke first. The minister said the budget was tight.');
    assert.ok(actorNamed(analysis, 'Pedro Lenz').mentions.some((m) => m.kind === 'role' && m.text === 'The minister'));
    assert.ok(!actorNamed(analysis, 'Ana Ruiz').mentions.some((m) => m.kind === 'role'));
  });

  it('leaves a description unresolved when nobody holds that role', () => {
    const analysis = analyze('Lena Varga met reporters.\n\nThe minister said the border would stay open.');
    assert.deepEqual(mentionKinds(actorNamed(analysis, 'Lena Varga')), [['Lena Varga', 'name']]);
  });
});

describe('actors: user corrections', () => {
  it('merges the aliases of a known actor under its declared name and type', () => {
    const knownActors = [{ name: 'Luiz Inácio Lula da Silva', type: 'PERSON' as const, aliases: ['Lula', 'Lula da Silva'] }];
    const analysis = analyze('Lula met the press. Lula da Silva said little.', { knownActors });
    assert.equal(analysis.actors.length, 1);
    const lula = analysis.actors[0];
    assert.equal(lula.name, 'Luiz Inácio Lula da Silva');
    assert.equal(lula.type, 'PERSON');
    assert.deepEqual(lula.mentions.map((m) => m.text), ['Lula', 'Lula da Silva']);
  });

  it('types a known actor as declared even where the evidence says otherwise', () => {
    assert.deepEqual(actorSummary('Sara Quist opened the shop.', { knownActors: [{ name: 'Sara Quist', type: 'ORG' }] }), ['Sara Quist ORG: Sara Quist/name']);
  });

  it('drops ignored names, whatever their case, from entities and actors', () => {
    const analysis = analyze('Reuters reported that Sara Quist resigned. A REUTERS editor agreed.', { ignoreNames: ['reuters'] });
    assert.deepEqual(analysis.actors.map((actor) => actor.name), ['Sara Quist']);
    assert.ok(!analysis.entities.some((e) => e.text.toLowerCase() === 'reuters'));
  });
});

describe('actors: ids and order', () => {
  it('gives actors ids from their names, in order of first appearance, with mentions in reading order', () => {
    const analysis = analyze('Lena Varga met Tomas Berg in Oslo.\n\nBerg said Varga would stay.');
    assert.deepEqual(analysis.actors.map((actor) => actor.id), ['lena-varga', 'tomas-berg', 'oslo']);
    for (const actor of analysis.actors) {
      const starts = actor.mentions.map((m) => m.start);
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b), actor.name);
    }
  });
});

describe('actors: founding order after a patch', () => {
  /** A small generator of its own, so that each case is the same on every run. */
  function numbers(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }

  it('gives what sorting every slot gives when some slots move, come or go', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = numbers(seed);
      const at = (): Founding => ({ words: 1 + Math.floor(next() * 3), first: { paragraph: Math.floor(next() * 20), index: Math.floor(next() * 4) } });
      const before = Array.from({ length: 1 + Math.floor(next() * 30) }, at);
      const count = Math.max(1, before.length + Math.floor(next() * 9) - 4);
      const moved = new Set<number>();
      const after = Array.from({ length: count }, (_, slot) => {
        if (slot < before.length && next() > 0.2) return before[slot];
        moved.add(slot);
        return at();
      });
      const order = reorderedFounding(foundingOrder(before), count, moved, (slot) => after[slot]);
      assert.deepEqual(order, foundingOrder(after), `case ${seed}`);
    }
  });
});
