import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markableSpan, readCat, readCatDir } from '../../eval/meantime/cat.js';
import { detokenize, type Word } from '../../eval/meantime/detokenize.js';

const words = (s: string, sentence = 0): Word[] => s.split(' ').map((word) => ({ word, sentence }));

describe('MEANTIME detokenizer', () => {
  it.each([
    ["we ' re launching", "we're launching"],
    ["Jobs ' health", "Jobs' health"],
    ['Wayne ’ s World', 'Wayne’s World'],
    ["said , `` One more thing ... '' ,", 'said, "One more thing...",'],
    ['or " bumpers " , wrap', 'or "bumpers", wrap'],
    ['for US$ 49 ( about £ 30 )', 'for US$49 (about £30)'],
  ])('%s', (input, want) => {
    expect(detokenize(words(input), 'lines').text).toBe(want);
  });

  it('lays sentences out as lines or as title/date paragraphs and a run-on body', () => {
    const doc = [
      ...words('Title', 0),
      ...words('May 7', 1),
      ...words('A .', 2),
      ...words('B .', 3),
    ];
    expect(detokenize(doc, 'lines').text).toBe('Title\nMay 7\nA.\nB.');
    expect(detokenize(doc, 'paragraphs').text).toBe('Title\n\nMay 7\n\nA. B.');
  });

  it('gives every token a span whose text is the token (double quotes become ")', () => {
    const input = words("He said `` it 's fine '' .");
    const { text, spans } = detokenize(input, 'lines');
    input.forEach((w, i) => {
      const [start, end] = spans[i] ?? [0, 0];
      expect(text.slice(start, end)).toBe(w.word === '``' || w.word === "''" ? '"' : w.word);
    });
  });
});

describe('MEANTIME CAT reader', () => {
  const xml = `<?xml version="1.0" ?><Document doc_id="7" doc_name="x">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="0" t_id="2">&amp;</token>
<token number="2" sentence="0" t_id="3">Co</token>
<token number="3" sentence="1" t_id="4">rose</token>
<token number="4" sentence="1" t_id="5">5</token>
<token number="5" sentence="1" t_id="6">%</token>
<Markables>
<VALUE m_id="9" type="PERCENT"><token_anchor t_id="5"/><token_anchor t_id="6"/></VALUE>
<TIMEX3 m_id="10" functionInDocument="CREATION_TIME" type="DATE" value="2005-05-07"/>
<ENTITY m_id="11" ent_type="ORG"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="9"/><target m_id="11"/></REFERS_TO>
</Relations>
</Document>`;
  const doc = readCat(xml, 'dir/7_x.xml', 'lines');

  it('reads text, tokens, sentences and the document date', () => {
    expect(doc.id).toBe('7');
    expect(doc.text).toBe('Apple & Co\nrose 5%');
    expect(doc.sentences).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(doc.dct).toBe('2005-05-07');
  });

  it('reads markables with and without anchors, and relations', () => {
    expect(doc.markables.map((m) => [m.tag, m.tokens])).toEqual([
      ['VALUE', ['5', '6']],
      ['TIMEX3', []],
      ['ENTITY', []],
    ]);
    const value = doc.markables[0];
    const span = value && markableSpan(doc, value);
    expect(span && doc.text.slice(span.start, span.end)).toBe('5%');
    expect(doc.relations).toEqual([
      { tag: 'REFERS_TO', attrs: { r_id: '1' }, sources: ['9'], targets: ['11'] },
    ]);
  });
});

const DATA = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/datasets/meantime-trial',
);

describe.skipIf(!existsSync(DATA))('MEANTIME CAT reader on the trial set', () => {
  it('every token span holds its token, in both layouts', () => {
    for (const layout of ['lines', 'paragraphs'] as const) {
      const docs = readCatDir(DATA, layout);
      expect(docs).toHaveLength(30);
      for (const d of docs) {
        for (const t of d.tokens) {
          const want = ['``', "''", '“', '”', '"'].includes(t.word) ? '"' : t.word;
          expect(d.text.slice(t.start, t.end)).toBe(want);
        }
      }
    }
  });
});
