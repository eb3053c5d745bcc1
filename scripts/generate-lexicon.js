// Derives the engine's compact word lists from natural's English lexicon (Penn Treebank tags) at build time,
// so the bundle carries ~1 MB of plain word lists instead of natural's 4 MB tagged lexicon.
const fs = require('fs');
const path = require('path');

const outFile = path.join(__dirname, '..', 'src', 'analysis', 'lexicon', 'lexicon.generated.json');

/** Word classes the engine asks about, from Penn Treebank tags. */
function classesOf(tags) {
  let classes = '';
  if (tags.some((t) => t.startsWith('NN') && !t.startsWith('NNP'))) classes += 'n';
  if (tags.some((t) => t.startsWith('VB') || t === 'MD')) classes += 'v';
  if (tags.some((t) => t.startsWith('JJ'))) classes += 'j';
  if (tags.some((t) => t.startsWith('RB'))) classes += 'r';
  if (tags.some((t) => ['DT', 'IN', 'CC', 'PRP', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB', 'TO', 'PDT', 'EX', 'CD', 'UH', 'RP'].includes(t))) classes += 'f';
  return classes;
}

function generateLexicon() {
  const source = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
  if (fs.existsSync(outFile) && fs.statSync(outFile).mtimeMs >= fs.statSync(source).mtimeMs && fs.statSync(outFile).mtimeMs >= fs.statSync(__filename).mtimeMs) {
    return outFile;
  }
  const lexicon = JSON.parse(fs.readFileSync(source, 'utf8'));
  const common = new Map();
  const proper = [];
  const addClasses = (word, classes) => {
    const merged = new Set([...(common.get(word) ?? ''), ...classes]);
    common.set(word, [...merged].join(''));
  };
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!Array.isArray(tags) || !/^[A-Za-z][A-Za-z'.-]*$/.test(word)) continue;
    if (word === word.toLowerCase()) {
      const classes = classesOf(tags);
      if (classes) addClasses(word, classes);
    } else if (/^[A-Z][a-z'.-]*$/.test(word)) {
      // Some words are listed only capitalised ("Both", "He"): their non-proper tags still describe the ordinary word.
      const ordinary = tags.filter((t) => t !== 'NNP' && t !== 'NNPS');
      if (ordinary.length > 0 && !(word.toLowerCase() in lexicon)) addClasses(word.toLowerCase(), classesOf(ordinary));
      else if (ordinary.length === 0 && !(word.toLowerCase() in lexicon)) proper.push(word);
    }
  }
  proper.sort();
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify({ common: [...common].filter(([, c]) => c).map(([w, c]) => `${w}:${c}`).sort().join(' '), proper: proper.join(' ') }));
  return outFile;
}

module.exports = { generateLexicon };
if (require.main === module) console.log(generateLexicon());
