/**
 * The seed article (issue 5): every attribution, the provenance chain and the claim
 * modalities the issue lists, through the default preset.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/core/build.js';
import type { Attribution, SitrepRecord } from '../../src/core/record.js';
import { readText } from '../../src/ingest/index.js';
import type { RawArticle } from '../../src/ingest/types.js';
import { pipelineFor } from '../../src/presets/default.js';
import { claimPath, formatClaims } from '../../src/stages/claims/format.js';

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpus/seed/000_8968b0838309d791.txt',
);

describe.skipIf(!existsSync(SEED))('seed article attributions and claims (needs ../shared)', () => {
  let rec: SitrepRecord;
  beforeAll(() => {
    const results = readText(readFileSync(SEED, 'utf8'), { path: SEED });
    const first = results[0] as { article?: RawArticle } | undefined;
    if (!first?.article) throw new Error('seed article did not read');
    rec = buildRecord(first.article, pipelineFor('default'));
  }, 60_000);

  const find = (cue: RegExp, content: RegExp): Attribution => {
    const a = rec.attributions.find((x) => cue.test(x.cue.text) && content.test(x.content.text));
    if (!a) throw new Error(`no attribution ${cue} -> ${content}`);
    return a;
  };

  it('The New York Times reports the withdrawal, citing Ukrainian and American officials', () => {
    const nyt = find(/^reports$/, /withdrawn from the front line after suffering heavy casualties/);
    expect(nyt.source).toMatchObject({ text: 'the NYT', kind: 'outlet' });
    expect(nyt.sourceName).toBe('The New York Times');
    const cited = find(/^citing$/, /withdrawn from the front line/);
    expect(cited.source).toMatchObject({
      text: 'Ukrainian and American officials',
      anonymous: true,
    });
    expect(cited.via).toBe(nyt.id);
  });

  it('officials said on condition of anonymity: not seen for about two weeks', () => {
    const a = find(
      /^said on condition of anonymity$/,
      /have not been seen on the front for about two weeks/,
    );
    expect(a.source).toMatchObject({ text: 'officials', anonymous: true, kind: 'official' });
  });

  it('according to General Oleksandr Syrskyi: the number halved', () => {
    const a = find(/^According to$/, /has been halved in three months/);
    expect(a.source?.text).toContain('Oleksandr Syrskyi');
    expect(a.source?.anonymous).toBe(false);
  });

  it('U.S. officials suggest / conclude', () => {
    expect(find(/^suggest$/, /needs additional training and may be returned/).source?.text).toBe(
      'U.S. officials',
    );
    expect(find(/^conclude$/, /unlikely to be permanent/).source?.text).toBe('U.S. officials');
  });

  it('"- US representatives say" marks a direct quotation', () => {
    const a = find(/^say$/, /^It is quite possible that the North Koreans may return/);
    expect(a.source?.text).toBe('US representatives');
    expect(a.direct).toBe(true);
  });

  it('The New York Times reports the new offensive in Kursk', () => {
    expect(find(/^reports$/, /new offensive in the Kursk region/).source?.text).toBe(
      'The New York Times',
    );
  });

  it('provenance: UNN citing The New York Times', () => {
    expect(rec.provenance.map((p) => [p.name, p.role])).toEqual([
      ['UNN', 'publisher'],
      ['The New York Times', 'source'],
    ]);
  });

  it('claim modalities: negated, speculative, hedged', () => {
    const claim = (re: RegExp) => rec.claims.find((c) => re.test(c.text));
    expect(claim(/have not been seen on the front/)).toMatchObject({ modality: 'negated' });
    expect(claim(/may be returned to the front line/)).toMatchObject({ modality: 'speculative' });
    expect(claim(/may be returned/)?.modalityCue?.text).toBe('may');
    expect(claim(/unlikely to be permanent/)).toMatchObject({ modality: 'hedged' });
    expect(claim(/unlikely to be permanent/)?.modalityCue?.text).toBe('unlikely');
  });

  it('claims print with their source path', () => {
    const c = rec.claims.find((x) => /suffering heavy casualties/.test(x.text));
    expect(c && claimPath(rec, c)).toEqual([
      'UNN',
      'The New York Times',
      'Ukrainian and American officials (anonymous)',
    ]);
    const out = formatClaims(rec);
    expect(out).toContain('UNN → The New York Times → officials (anonymous)');
    expect(out).toContain('[negated: "not"]');
  });

  it('no claim for the credit line, and every span is a slice of the text', () => {
    expect(rec.claims.some((c) => /Transmits UNN/.test(c.text))).toBe(false);
    for (const c of rec.claims) {
      expect(c.text).toBe(rec.text.slice(c.start, c.end));
      if (c.modalityCue)
        expect(c.modalityCue.text).toBe(rec.text.slice(c.modalityCue.start, c.modalityCue.end));
    }
    for (const a of rec.attributions) {
      expect(a.cue.text).toBe(rec.text.slice(a.cue.start, a.cue.end));
      expect(a.content.text).toBe(rec.text.slice(a.content.start, a.content.end));
      if (a.source) expect(a.source.text).toBe(rec.text.slice(a.source.start, a.source.end));
    }
  });
});
