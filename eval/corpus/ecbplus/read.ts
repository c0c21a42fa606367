/**
 * Reads ECB+ (../shared/datasets/ecbplus-dev, CAT XML) for the corpus evaluation: each
 * document's text rebuilt from its tokens with a character span per token (the MEANTIME CAT
 * reader, one sentence per line), its gold story (topic + "ecb" or "ecbplus": the two seminal
 * events of a topic), and its gold event mentions (ACTION_* and NEG_ACTION_* markables with
 * tokens, in the sentences listed in ECBplus_coreference_sentences.csv) with their gold
 * cluster (the instance of their CROSS_DOC_COREF or INTRA_DOC_COREF relation; a mention in no
 * relation is its own cluster).
 *
 * Sentence 0 of an `ecbplus` document is the URL it was found at: its tokens are dropped
 * before the text is rebuilt.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCat, type CatFile } from '../../meantime/cat.js';

export interface GoldMention {
  /** `<doc>:<m_id>` */
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  tag: string;
  /** token spans of the mention, in order */
  tokens: { start: number; end: number; word: string }[];
  cluster: string;
  sentence: number;
}

export interface EcbDoc {
  /** file name without .xml, e.g. "1_10ecbplus" */
  name: string;
  topic: number;
  /** "1/ecb" or "1/ecbplus" */
  story: string;
  text: string;
  cat: CatFile;
  /** sentence numbers annotated for coreference */
  annotated: Set<number>;
  mentions: GoldMention[];
}

const EVENT_TAG = /^(?:NEG_)?ACTION_/;

function annotatedSentences(dir: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const file = path.join(dir, 'ECBplus_coreference_sentences.csv');
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/).slice(1)) {
    const [topic, name, sentence] = line.split(',');
    if (!topic || !name || sentence === undefined) continue;
    const key = `${topic}_${name}`;
    const set = out.get(key) ?? new Set<number>();
    set.add(Number(sentence));
    out.set(key, set);
  }
  return out;
}

export function readEcbDoc(file: string, annotated: Set<number>): EcbDoc {
  const name = path.basename(file, '.xml');
  const plus = name.endsWith('ecbplus');
  let xml = readFileSync(file, 'utf8');
  if (plus) xml = xml.replace(/<token [^>]*sentence="0"[^>]*>[^<]*<\/token>\s*/g, '');
  const cat = readCat(xml, file, 'lines');
  const topic = Number(name.split('_')[0]);
  const byId = new Map(cat.markables.filter((m) => m.attrs.m_id).map((m) => [m.attrs.m_id, m]));
  const clusterOf = new Map<string, string>();
  for (const r of cat.relations) {
    if (r.tag !== 'CROSS_DOC_COREF' && r.tag !== 'INTRA_DOC_COREF') continue;
    const target = byId.get(r.targets[0] ?? '');
    const instance = target?.attrs.instance_id || `${name}:${r.targets[0]}`;
    const id = r.tag === 'CROSS_DOC_COREF' ? instance : `${name}:${instance}`;
    for (const s of r.sources) clusterOf.set(s, id);
  }
  const mentions: GoldMention[] = [];
  for (const m of cat.markables) {
    if (!EVENT_TAG.test(m.tag) || m.tokens.length === 0) continue;
    const toks = m.tokens.map((t) => cat.byTid.get(t)).filter((t) => t !== undefined);
    if (toks.length === 0) continue;
    const sentence = toks[0]?.sentence ?? -1;
    if (!annotated.has(sentence)) continue;
    const start = Math.min(...toks.map((t) => t.start));
    const end = Math.max(...toks.map((t) => t.end));
    const mid = m.attrs.m_id ?? '';
    mentions.push({
      id: `${name}:${mid}`,
      doc: name,
      start,
      end,
      text: cat.text.slice(start, end),
      tag: m.tag,
      tokens: toks.map((t) => ({ start: t.start, end: t.end, word: t.word })),
      cluster: clusterOf.get(mid) ?? `${name}:${mid}`,
      sentence,
    });
  }
  return {
    name,
    topic,
    story: `${topic}/${plus ? 'ecbplus' : 'ecb'}`,
    text: cat.text,
    cat,
    annotated,
    mentions,
  };
}

/** [start, end) of each sentence of a document that ECB+ lists as annotated: predictions
 * elsewhere are not scored */
export function annotatedRanges(doc: EcbDoc): [number, number][] {
  const { cat } = doc;
  return cat.sentences
    .filter((s) => s.length > 0 && doc.annotated.has(cat.tokens[s[0] ?? 0]?.sentence ?? -1))
    .map((s): [number, number] => [
      cat.tokens[s[0] ?? 0]?.start ?? 0,
      cat.tokens[s[s.length - 1] ?? 0]?.end ?? 0,
    ]);
}

/** every document of the topics present, by topic then name; [] when the folder is absent */
export function readEcbPlus(dir: string): EcbDoc[] {
  if (!existsSync(dir)) return [];
  const annotated = annotatedSentences(dir);
  const topics = readdirSync(dir)
    .filter((d) => /^\d+$/.test(d))
    .sort((a, b) => Number(a) - Number(b));
  const out: EcbDoc[] = [];
  for (const t of topics) {
    const files = readdirSync(path.join(dir, t))
      .filter((f) => f.endsWith('.xml'))
      .sort();
    for (const f of files) {
      const name = path.basename(f, '.xml');
      out.push(readEcbDoc(path.join(dir, t, f), annotated.get(name) ?? new Set()));
    }
  }
  return out;
}
