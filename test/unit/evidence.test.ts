// Unit tests of claim evidence: how each claim's speaker was found, the mention at the cue and the one it was
// resolved through, and a confidence that ranks surer findings higher. Also the transcript labels and lead-ins.
import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis';
import type { Claim, EvidenceKind } from '../../src/analysis/types';

/** What a reader checks of a claim's evidence: [speaker, kind, mention at the cue, mention it resolved through]. */
type EvidenceRow = [string, EvidenceKind, string, string | undefined];

function evidenceOf(text: string): EvidenceRow[] {
  return analyze(text).claims.map((c) => [c.speaker, c.evidence.kind, c.evidence.text, c.evidence.via?.text]);
}

/** Every span of a claim's evidence reads what it says in the text, on its line. */
function assertSpansTrue(text: string, claims: readonly Claim[]): void {
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
  for (const { evidence } of claims) {
    assert.equal(text.slice(evidence.start, evidence.end), evidence.text);
    assert.equal(evidence.line, lineOf(evidence.start));
    if (evidence.via) {
      assert.equal(text.slice(evidence.via.start, evidence.via.end), evidence.via.text);
      assert.equal(evidence.via.line, lineOf(evidence.via.start));
      assert.ok(evidence.via.end <= evidence.start, 'the mention resolved through comes before the cue');
    }
  }
}

describe('claim evidence: how the speaker was found', () => {
  it('name: the speaker named at the cue, resolved through nothing else', () => {
    assert.deepEqual(evidenceOf('Ines Kober said the pier would reopen in May.'), [['Ines Kober', 'name', 'Ines Kober', undefined]]);
  });

  it('pronoun: "he said" resolved through the person named before, with its span and line', () => {
    const text = 'Tomas Berg runs the harbour.\n\nHe said the pier would reopen in May.';
    const analysis = analyze(text);
    assert.deepEqual(evidenceOf(text), [['Tomas Berg', 'pronoun', 'He', 'Tomas Berg']]);
    assert.equal(analysis.claims[0].evidence.via?.line, 1);
    assert.equal(analysis.claims[0].evidence.line, 3);
    assertSpansTrue(text, analysis.claims);
  });

  it('description: "the company said" resolved through the organization last written about', () => {
    const text = 'Harbour Freight Ltd runs the pier.\n\nThe company said the pier would reopen in May.';
    assert.deepEqual(evidenceOf(text), [['Harbour Freight Ltd', 'description', 'The company', 'Harbour Freight Ltd']]);
    assertSpansTrue(text, analyze(text).claims);
  });

  it('statement: "the statement said" speaks for whoever issued the last statement', () => {
    const text = 'Harbour Freight Ltd said in a statement that the pier was closed. The statement added that repairs had begun.';
    const claims = analyze(text).claims;
    assert.deepEqual(
      claims.map((c) => [c.speaker, c.evidence.kind]),
      [
        ['Harbour Freight Ltd', 'name'],
        ['Harbour Freight Ltd', 'statement'],
      ],
    );
    assert.equal(claims[1].evidence.via?.text, 'Harbour Freight Ltd');
    assertSpansTrue(text, claims);
  });

  it('group: "officials said" names no one; the description is the speaker', () => {
    assert.deepEqual(evidenceOf('The pier will reopen in May, officials said.'), [['officials', 'group', 'officials', undefined]]);
  });

  it('label: a transcript label with a title and a stop, the turn running on to the next label', () => {
    const text = 'DR. SMITH: We found nothing in the samples.\n\nThe tests were repeated twice.\n\nQ. Did you tell the minister?\n\nNo comment.';
    const analysis = analyze(text);
    assert.deepEqual(
      analysis.claims.map((c) => [c.speaker, c.evidence.kind, c.evidence.text, c.text]),
      [
        ['Smith', 'label', 'DR. SMITH', 'We found nothing in the samples'],
        ['Smith', 'label', 'DR. SMITH', 'The tests were repeated twice'],
      ],
    );
    assertSpansTrue(text, analysis.claims);
  });

  it('leadIn: every quoted paragraph after "a statement from X:" is X\'s, until one is not quoted', () => {
    const text = [
      'The following is a statement from Administrator Jane Doe:',
      '“We are working to reopen the port as soon as it is safe.',
      '“We thank the volunteers.”',
      'The port handles most of the trade.',
    ].join('\n\n');
    const claims = analyze(text).claims;
    assert.deepEqual(
      claims.map((c) => [c.evidence.kind, c.evidence.text, c.cue, c.text]),
      [
        ['leadIn', 'Jane Doe', ':', 'We are working to reopen the port as soon as it is safe'],
        ['leadIn', 'Jane Doe', ':', 'We thank the volunteers.'],
      ],
    );
    assert.ok(claims.every((c) => c.speaker === claims[0].speaker && c.speakerId !== null));
    assertSpansTrue(text, claims);
  });

  it('leadIn: a reporting verb whose subject is named introduces the quoted paragraph after its colon', () => {
    const text = ['Mayor Jane Doe tweeted from her office account:', '"The port reopens on Monday. Thank you all."', 'Traffic resumed.'];
    const claims = analyze(text.join('\n\n')).claims;
    assert.deepEqual(
      claims.map((c) => [c.evidence.kind, c.speaker, c.text]),
      [['leadIn', 'Jane Doe', 'The port reopens on Monday. Thank you all.']],
    );
  });
});

describe('transcript labels', () => {
  const turn = (label: string): string[] => analyze(`${label} The bill is ready for debate.`).claims.map((c) => c.speaker.toLowerCase());

  it('reads labels with titles, stops, capitals and a bracketed name', () => {
    assert.deepEqual(turn('DR. SMITH:'), ['smith']);
    assert.deepEqual(turn('Mr. Jones:'), ['jones']);
    assert.deepEqual(turn('MS. LEE:'), ['lee']);
    assert.deepEqual(turn('The Minister of State (Ms Doe):'), ['doe']);
  });

  it('makes no claim of a question, nor of a place heading a list item', () => {
    assert.deepEqual(turn('Q:'), []);
    assert.deepEqual(turn('QUESTION:'), []);
    assert.deepEqual(analyze('Germany: visas on arrival.\n\nFrance: visas by post.\n\nMost visitors fly in.').claims, []);
  });

  it('does not run a turn on in a text with a single label', () => {
    const claims = analyze('Ines Kober: We will reopen in May.\n\nThe pier was built in 1901.').claims;
    assert.deepEqual(
      claims.map((c) => c.text),
      ['We will reopen in May'],
    );
  });
});

describe('claim confidence', () => {
  it('stays between 0 and 1, and ranks a person named at the cue above a pronoun above an unnamed group', () => {
    const text = [
      'Ines Kober said the pier would reopen in May.',
      'She said the repairs had begun.',
      'The pier is unsafe, officials said.',
    ].join('\n\n');
    const claims = analyze(text).claims;
    assert.deepEqual(
      claims.map((c) => c.evidence.kind),
      ['name', 'pronoun', 'group'],
    );
    for (const c of claims) assert.ok(c.confidence >= 0 && c.confidence <= 1);
    assert.ok(claims[0].confidence > claims[1].confidence && claims[1].confidence > claims[2].confidence);
    assert.ok(claims[0].confidence > 0.8, 'a person named before "said" and a reported clause is trusted');
  });

  it('trusts a plain speech verb more than a verb of stance', () => {
    const said = analyze('Ines Kober said the pier would reopen in May.').claims[0];
    const proposed = analyze('Ines Kober proposed that the pier should reopen in May.').claims[0];
    assert.ok(said.confidence > proposed.confidence);
  });

  it('trusts a pronoun less when the name it resolves through is many lines back', () => {
    const near = analyze('Tomas Berg runs the harbour. He said the pier was closed.').claims[0];
    const far = analyze('Tomas Berg runs the harbour.\n\nThe tide rose two metres.\n\nHe said the pier was closed.').claims[0];
    assert.equal(far.speaker, 'Tomas Berg');
    assert.ok(far.confidence < near.confidence);
  });
});
