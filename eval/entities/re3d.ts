/**
 * re3d (re3d-dev/<source>/documents.json + entities.json, JSON lines): character offsets into
 * the document text. Types: Person -> PER, Organisation -> ORG, Location -> LOC; Nationality
 * is reported as NAT, Weapon and MilitaryPlatform together as WEA (our `weapon` type covers
 * both; outside the PER/ORG/LOC targets); the rest (Temporal, Quantity, Money, DocumentReference ...) belong to other
 * stages and are not scored here. re3d gives some spans two types ("Syria" as Location and
 * Organisation); the span counts once and either type matches.
 *
 * re3d annotates names, nominal mentions ("the regime", "rebels") and pronouns. Pronouns are
 * coreference, which the entities layer does not do, so pronoun-only gold spans are left out;
 * all our mentions (names, demonyms, nominal mentions) are compared.
 *
 * re3d's annotations merge an automated pass (Baleen), expert annotators and crowd votes
 * (README, "Annotation Process"), so one mention is sometimes stored twice, with and without
 * its article or possessive ("the United Nations" and "United Nations", "Prime Minister
 * Abadi's" and "Prime Minister Abadi"). Those spans are equal under the exact-match
 * normalisation of eval/entities/score.ts and are one mention: they are kept once (the
 * higher-confidence span, with both types), since one-to-one matching could never credit both
 * to the one mention a system finds. The count merged is printed with the mapping.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { GoldDoc, GoldMention, GoldSet } from './gold.js';
import { trimArticle } from './score.js';

const TYPE: Record<string, string> = {
  Person: 'PER',
  Organisation: 'ORG',
  Location: 'LOC',
  Nationality: 'NAT',
  Weapon: 'WEA',
  // our weapon type covers weapons and the platforms that carry them (docs/record.md)
  MilitaryPlatform: 'WEA',
};

export const PRONOUNS = new Set(
  'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs who whom whose which that this these those itself himself herself themselves ourselves myself'.split(
    ' ',
  ),
);

interface Row {
  _id: string;
  documentId?: string;
  text?: string;
  begin?: number;
  end?: number;
  type?: string;
  confidence?: number;
}

function jsonLines(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

export function loadRe3d(dir: string): GoldSet {
  const docs: GoldDoc[] = [];
  let merged = 0;
  for (const sub of readdirSync(dir).sort()) {
    const folder = path.join(dir, sub);
    if (!statSync(folder).isDirectory()) continue;
    const ents = jsonLines(path.join(folder, 'entities.json'));
    for (const d of jsonLines(path.join(folder, 'documents.json'))) {
      const text = d.text ?? '';
      const bySpan = new Map<string, GoldMention>();
      const rows = ents
        .filter((e) => e.documentId === d._id)
        .sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0));
      for (const e of rows) {
        const cls = TYPE[e.type ?? ''];
        if (!cls || e.begin === undefined || e.end === undefined) continue;
        const span = text.slice(e.begin, e.end);
        if (PRONOUNS.has(span.toLowerCase())) continue;
        const key = `${e.begin}:${e.end}`;
        const had = bySpan.get(key);
        if (had) {
          if (!had.cls.includes(cls)) had.cls.push(cls);
        } else bySpan.set(key, { start: e.begin, end: e.end, text: span, cls: [cls] });
      }
      const byMention = new Map<string, GoldMention>();
      for (const g of bySpan.values()) {
        const key = trimArticle(text, g.start, g.end).join(':');
        const had = byMention.get(key);
        if (!had) byMention.set(key, g);
        else {
          merged++;
          for (const c of g.cls) if (!had.cls.includes(c)) had.cls.push(c);
        }
      }
      docs.push({
        id: `${sub}/${d._id.slice(0, 8)}`,
        text,
        published: null,
        gold: [...byMention.values()],
      });
    }
  }
  return {
    name: 're3d-dev',
    mapping:
      'Person->PER, Organisation->ORG, Location->LOC (Nationality->NAT, Weapon+MilitaryPlatform->WEA reported apart); pronoun spans left out; ' +
      `${merged} spans stored twice with/without article or possessive kept once; names and nominal mentions compared`,
    scope: 'all',
    docs,
  };
}
