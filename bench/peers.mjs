// Child process of the benchmark: runs the peer libraries on texts sent by the parent, so their memory is not counted as ours.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { collectGarbage } from './heap.mjs';

const require = createRequire(import.meta.url);

/** A package's version, read from its package.json (compromise does not export that file). */
function versionOf(name) {
  let directory = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(directory, 'package.json')) || JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8')).name !== name) {
    const parent = path.dirname(directory);
    if (parent === directory) return 'unknown';
    directory = parent;
  }
  return JSON.parse(fs.readFileSync(path.join(directory, 'package.json'), 'utf8')).version;
}

const started = performance.now();
const { default: compromise } = await import('compromise');
const { default: winkNLP } = await import('wink-nlp');
const { default: winkModel } = await import('wink-eng-lite-web-model');
const wink = winkNLP(winkModel);
const loadMs = performance.now() - started;

/** Each peer's measured work: what the issue names, with a count of what it found so the work cannot be skipped. */
const PEERS = {
  compromise: (text) => compromise(text).people().length,
  wink: (text) => wink.readDoc(text).entities().length(),
};

let text = '';
process.on('message', (message) => {
  if (message.type === 'text') {
    text = message.text;
    process.send({ type: 'ready' });
  } else if (message.type === 'run') {
    collectGarbage();
    const cpuBefore = process.cpuUsage();
    const before = performance.now();
    const found = PEERS[message.peer](text);
    const ms = performance.now() - before;
    const cpu = process.cpuUsage(cpuBefore);
    process.send({ type: 'result', ms, cpuMs: (cpu.user + cpu.system) / 1000, found });
  } else if (message.type === 'done') {
    process.send({ type: 'done', maxRssMB: process.resourceUsage().maxRSS / 1024 }, () => process.exit(0));
  }
});
process.send({
  type: 'loaded',
  loadMs,
  versions: { compromise: versionOf('compromise'), 'wink-nlp': versionOf('wink-nlp'), 'wink-eng-lite-web-model': versionOf('wink-eng-lite-web-model') },
});
