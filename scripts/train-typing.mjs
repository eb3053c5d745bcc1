// Trains the engine's name typing model (src/analysis/paragraph/names/typingWeights.json) on the GUM entity
// annotations: a multinomial logistic model over the features of each name's occurrences (averaged per name and
// document) and of the document around it, person / organization / place against "no name".
//
// GUM: Zeldes, Amir (2017) "The GUM Corpus: Creating Multilayer Resources in the Classroom", Language Resources and
// Evaluation 51(3), 581–612. Annotations CC BY 4.0; texts Wikinews (CC BY 2.5), Wikipedia and Wikivoyage
// (CC BY-SA 3.0), academic articles and court transcripts (CC BY 4.0). See NOTICES.md.
//
// Run after `npm run compile`:
//   node scripts/train-typing.mjs [--gum DIR] [--folds 5] [--no-write] [--l2 1] [--confusion [--errors]] [--dump DIR]
//   [--save-folds DIR]
// It prints k-fold cross-validated figures (each document typed by a model trained without it), then the
// in-sample figures of the model it writes. --dump writes each document's cross-validated entities to DIR/NAME.json,
// --save-folds each fold's model and held-out documents to DIR/fold-K.json.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = (p) => require(path.join(root, 'out', 'src', 'analysis', p));
const { analyze } = out('index.js');
const { parseDocumentDateHeader } = out('dates/documentDate.js');
const { paragraphSpans } = out('document/paragraphs.js');
const { analyzeParagraph } = out('paragraph/analyzeParagraph.js');
const { tokenize } = out('text/tokens.js');
const { splitSentences } = out('text/sentences.js');
const { occurrenceFeatures, evidenceValues, EVIDENCE_FEATURES } = out('paragraph/names/typingFeatures.js');
const { forEachNameInSentence, useTypingWeights } = out('paragraph/names/typingModel.js');
const { NameTable } = out('document/actors/nameTable.js');
const { listFullNames, keyFeatures } = out('document/actors/typing.js');
const { lexicon } = out('lexicon/lexicon.js');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const gumDir = path.resolve(root, option('--gum', path.join('..', 'shared', 'eval', 'gum')));
const FOLDS = Number(option('--folds', '5'));
const WRITE = !args.includes('--no-write');
const WEIGHTS_FILE = path.join(root, 'src', 'analysis', 'paragraph', 'names', 'typingWeights.json');

const CLASSES = ['PERSON', 'ORG', 'PLACE', 'NONE'];
const SCALE = 32;
const EPOCHS = Number(option('--epochs', '300'));
const L2 = Number(option('--l2', '1'));
const RATE = Number(option('--rate', '0.3'));
const DROP = new RegExp(option('--drop', '^$'));
/** A feature must be seen in this many training documents to get a weight (no memorised single-document names). */
const CAP = Number(option('--cap', '8'));
const MIN_DOCS = Number(option('--min-docs', '2'));

function loadDocs() {
  const names = readdirSync(path.join(gumDir, 'docs'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
  return names.map((name) => {
    const text = readFileSync(path.join(gumDir, 'docs', `${name}.txt`), 'utf8');
    const lineStart = [0, 0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStart.push(i + 1);
    const gold = JSON.parse(readFileSync(path.join(gumDir, 'entities', `${name}.entities.json`), 'utf8')).entities.map((x) => ({
      ...x,
      start: x.start + lineStart[x.line],
      end: x.end + lineStart[x.line],
    }));
    return { name, text, gold };
  });
}

/** The gold type of the span [start, end): the gold entity overlapping it most, else NONE. */
function goldType(gold, start, end) {
  let best = 'NONE';
  let bestOverlap = 0;
  for (const g of gold) {
    const overlap = Math.min(end, g.end) - Math.max(start, g.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = g.type;
    }
  }
  return best;
}

/**
 * One training example per name key of a document: its occurrences' features averaged, the key's document
 * features, the majority gold type of its occurrences, and its occurrence count (its weight).
 */
function documentExamples(doc) {
  const lex = lexicon();
  const header = parseDocumentDateHeader(doc.text);
  const spans = paragraphSpans(doc.text, header);
  const paragraphs = [];
  const occurrences = [];
  for (const span of spans) {
    const text = doc.text.slice(span.start, span.end);
    const analysis = analyzeParagraph(text, header?.date ?? null);
    const tokens = tokenize(text);
    const sentences = splitSentences(tokens);
    const features = new Map();
    forEachNameInSentence(analysis.names, sentences, (name, sentence) => features.set(name, occurrenceFeatures(tokens, sentence, name, lex)));
    occurrences.push(analysis.names.map((name) => ({ features: features.get(name), evidence: evidenceValues(name.evidence), label: goldType(doc.gold, span.start + name.start, span.start + name.end) })));
    paragraphs.push(analysis);
  }
  const table = NameTable.build(paragraphs, () => false);
  const fullNames = listFullNames(table.entries);
  const byKey = new Map();
  paragraphs.forEach((_, pi) => {
    table.keysIn(pi).forEach((key, i) => {
      if (key === null) return;
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key).push(occurrences[pi][i]);
    });
  });
  const examples = [];
  for (const [key, list] of byKey) {
    const entry = table.entries.get(key);
    const values = new Map();
    for (const occurrence of list) for (const f of occurrence.features) values.set(f, (values.get(f) ?? 0) + 1 / list.length);
    for (const occurrence of list) {
      EVIDENCE_FEATURES.forEach((f, i) => values.set(f, (values.get(f) ?? 0) + occurrence.evidence[i] / list.length));
    }
    for (const f of keyFeatures(entry, key, table.entries, fullNames, lex)) values.set(f, (values.get(f) ?? 0) + 1);
    const votes = new Map();
    for (const occurrence of list) votes.set(occurrence.label, (votes.get(occurrence.label) ?? 0) + 1);
    const label = [...votes].sort((a, b) => b[1] - a[1] || CLASSES.indexOf(a[0]) - CLASSES.indexOf(b[0]))[0][0];
    examples.push({ doc: doc.name, key, values, label: CLASSES.indexOf(label), count: list.length });
  }
  return examples;
}

/** Multinomial logistic regression (NONE's weights fixed at zero), AdaGrad, in a fixed order: deterministic. */
function train(examples) {
  const docsOf = new Map();
  for (const ex of examples) for (const f of ex.values.keys()) {
    if (!docsOf.has(f)) docsOf.set(f, new Set());
    docsOf.get(f).add(ex.doc);
  }
  const kept = [...docsOf].filter(([f, docs]) => (docs.size >= MIN_DOCS && !DROP.test(f)) || f === 'bias' || EVIDENCE_FEATURES.includes(f)).map(([f]) => f).sort();
  const index = new Map(kept.map((f, i) => [f, i]));
  const w = new Float64Array(kept.length * 3);
  const g2 = new Float64Array(kept.length * 3).fill(1e-8);
  // The hand evidence's numbers are few and dense: left unpenalised, they keep the weight the data gives them.
  const free = new Uint8Array(kept.length * 3);
  kept.forEach((f, i) => {
    if (EVIDENCE_FEATURES.includes(f)) free.fill(1, i * 3, i * 3 + 3);
  });
  const rows = examples.map((ex) => {
    const idx = [];
    const val = [];
    for (const [f, v] of ex.values) if (index.has(f)) {
      idx.push(index.get(f));
      val.push(v);
    }
    return { idx, val, label: ex.label, weight: Math.min(ex.count, CAP) };
  });
  // Full-batch gradient descent (AdaGrad steps) on the weighted cross-entropy plus L2 on every weight.
  const scores = new Float64Array(4);
  const grad = new Float64Array(w.length);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = 0; i < w.length; i++) grad[i] = free[i] ? 0 : L2 * w[i];
    for (const row of rows) {
      for (let c = 0; c < 3; c++) {
        let s = 0;
        for (let k = 0; k < row.idx.length; k++) s += w[row.idx[k] * 3 + c] * row.val[k];
        scores[c] = s;
      }
      scores[3] = 0;
      const max = Math.max(scores[0], scores[1], scores[2], scores[3]);
      let z = 0;
      for (let c = 0; c < 4; c++) z += Math.exp(scores[c] - max);
      for (let c = 0; c < 3; c++) {
        const d = (Math.exp(scores[c] - max) / z - (row.label === c ? 1 : 0)) * row.weight;
        for (let k = 0; k < row.idx.length; k++) grad[row.idx[k] * 3 + c] += d * row.val[k];
      }
    }
    for (let i = 0; i < w.length; i++) {
      g2[i] += grad[i] * grad[i];
      w[i] -= (RATE * grad[i]) / Math.sqrt(g2[i]);
    }
  }
  const features = {};
  kept.forEach((f, i) => {
    const ints = [0, 1, 2].map((c) => Math.round(w[i * 3 + c] * SCALE));
    if (ints.some((x) => x !== 0)) features[f] = ints;
  });
  return { scale: SCALE, features };
}

/** Two rounds: the document features of single words read the full names' types, which the first round's weights give. */
function trainModel(docs) {
  useTypingWeights({ scale: SCALE, features: {} });
  const first = train(docs.flatMap(documentExamples));
  useTypingWeights(first);
  const model = train(docs.flatMap(documentExamples));
  useTypingWeights(undefined);
  return model;
}

/** Entity figures of the whole engine on `docs`, as shared/eval/gum/score.mjs counts them. */
function scoreEntities(docs, counts, dump) {
  for (const doc of docs) {
    const analysis = analyze(doc.text, { document: doc.name });
    if (dump) writeFileSync(path.join(dump, `${doc.name}.json`), JSON.stringify({ entities: analysis.entities }));
    const lines = [0, 0];
    for (let i = 0; i < doc.text.length; i++) if (doc.text[i] === '\n') lines.push(i + 1);
    const used = new Set();
    const pred = analysis.entities.filter((e) => e.type in counts);
    for (const t of Object.keys(counts)) {
      counts[t].gold += doc.gold.filter((x) => x.type === t).length;
      counts[t].pred += pred.filter((p) => p.type === t).length;
    }
    for (const p of pred) {
      const i = doc.gold.findIndex((x, k) => !used.has(k) && x.type === p.type && x.line === p.line && p.start < x.end && x.start < p.end);
      if (i >= 0) {
        used.add(i);
        counts[p.type].tp++;
      }
    }
  }
}

const newCounts = () => ({ PERSON: { tp: 0, pred: 0, gold: 0 }, ORG: { tp: 0, pred: 0, gold: 0 }, PLACE: { tp: 0, pred: 0, gold: 0 } });
const f1 = ({ tp, pred, gold }) => (pred + gold > 0 ? (2 * tp) / (pred + gold) : 0);
function report(label, counts) {
  const micro = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, pred: a.pred + c.pred, gold: a.gold + c.gold }), { tp: 0, pred: 0, gold: 0 });
  const figures = Object.entries(counts).map(([t, c]) => `${t} ${f1(c).toFixed(3)}`).join('  ');
  console.log(`${label}: entity micro F1 ${f1(micro).toFixed(3)} (P ${(micro.tp / micro.pred).toFixed(3)} R ${(micro.tp / micro.gold).toFixed(3)})  ${figures}`);
}

/** Occurrence-weighted confusion of the model's key decisions (the document features of the fold's model). */
function confusion(examples, model, matrix) {
  for (const ex of examples) {
    const s = [0, 0, 0, 0];
    for (const [f, v] of ex.values) {
      const w = model.features[f];
      if (w) for (let c = 0; c < 3; c++) s[c] += (w[c] * v) / model.scale;
    }
    const predicted = s.indexOf(Math.max(...s));
    matrix[ex.label][predicted] += ex.count;
    if (args.includes('--errors') && ex.label !== predicted) console.log(`${ex.doc} ${ex.key}: ${CLASSES[ex.label]} typed ${CLASSES[predicted]} x${ex.count}`);
  }
}

const docs = loadDocs();
const matrix = CLASSES.map(() => [0, 0, 0, 0]);
if (FOLDS > 1) {
  const counts = newCounts();
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = docs.filter((_, i) => i % FOLDS === fold);
    const model = trainModel(docs.filter((_, i) => i % FOLDS !== fold));
    const saveFolds = option('--save-folds', undefined);
    if (saveFolds) writeFileSync(path.join(saveFolds, `fold-${fold}.json`), JSON.stringify({ model, docs: held.map((d) => d.name) }));
    useTypingWeights(model);
    scoreEntities(held, counts, option('--dump', undefined));
    if (args.includes('--confusion')) confusion(held.flatMap(documentExamples), model, matrix);
    useTypingWeights(undefined);
  }
  report(`${FOLDS}-fold cross-validated (by document)`, counts);
  if (args.includes('--confusion')) {
    console.log('gold \\ predicted (occurrences): ' + CLASSES.join(' '));
    matrix.forEach((row, g) => console.log(`${CLASSES[g]} ${row.join(' ')}`));
  }
}
const model = trainModel(docs);
useTypingWeights(model);
const inSample = newCounts();
scoreEntities(docs, inSample);
report('in-sample (the written model)', inSample);
useTypingWeights(undefined);
console.log(`${Object.keys(model.features).length} features`);
if (WRITE) {
  const sorted = Object.fromEntries(Object.keys(model.features).sort().map((f) => [f, model.features[f]]));
  writeFileSync(WEIGHTS_FILE, `${JSON.stringify({ scale: model.scale, features: sorted }, null, 0).replace(/\],"/g, '],\n"')}\n`);
  console.log(`wrote ${path.relative(root, WEIGHTS_FILE)}`);
}
