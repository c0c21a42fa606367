/**
 * One record as a TimeML 1.2.1 document: the text with its times as inline TIMEX3 and each
 * event mention as an EVENT, the publication date as the document creation time (t0), one
 * MAKEINSTANCE per mention and a TLINK from each event to the time it is anchored to
 * (IS_INCLUDED: the event happened within that time). TimeML tags cannot overlap, so where two
 * annotations cross, the earlier (then longer) one is kept and the other counted in a comment.
 * An XML comment before each instance names the sitrep event and the rule that found it.
 *
 * @example
 * writeFileSync('article.tml', toTimeMl(record));
 */
import type { SitrepRecord } from '../core/record.js';

/** Lemmas of events TimeML classes as REPORTING rather than OCCURRENCE. */
const REPORTING = new Set(['say', 'report', 'tell', 'claim', 'announce', 'state', 'add', 'write']);

export const escapeXml = (s: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in XML 1.0
  s.replace(/[&<>"\u0000-\u0008\v\f\u000E-\u001F]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '',
  );

/** A comment's text: "--" may not appear inside one. */
const comment = (s: string) => `<!-- ${s.replace(/-(?=-)/g, '- ')} -->`;

const attrs = (a: Record<string, string | null | undefined>) =>
  Object.entries(a)
    .filter((e): e is [string, string] => e[1] != null)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');

interface Tag {
  start: number;
  end: number;
  open: string;
  close: string;
  /** the TIMEX3's tid or the EVENT's eid */
  id: string;
}

export function toTimeMl(record: SitrepRecord): string {
  const tags: Tag[] = [];
  for (const t of record.times) {
    const open = `<TIMEX3${attrs({
      tid: t.id,
      type: t.type,
      value: t.value,
      mod: t.mod,
      anchorTimeID: t.anchor ?? null,
      functionInDocument: 'NONE',
    })}>`;
    tags.push({ start: t.start, end: t.end, open, close: '</TIMEX3>', id: t.id });
  }
  const instances: { eid: string; line: string; link: string | null }[] = [];
  let n = 0;
  for (const e of record.events) {
    const lemma = typeof e.lemma === 'string' ? e.lemma : '';
    const cls = REPORTING.has(lemma) ? 'REPORTING' : 'OCCURRENCE';
    for (const m of e.mentions) {
      n++;
      const eid = `e${n}`;
      tags.push({
        start: m.start,
        end: m.end,
        open: `<EVENT${attrs({ eid, class: cls })}>`,
        close: '</EVENT>',
        id: eid,
      });
      const line =
        comment(`${eid} = sitrep ${e.id} (${e.type}; ${m.rule})`) +
        `\n<MAKEINSTANCE${attrs({
          eventID: eid,
          eiid: `ei${n}`,
          tense: 'NONE',
          aspect: 'NONE',
          polarity: e.modality === 'negated' ? 'NEG' : 'POS',
          pos: 'UNKNOWN',
        })}/>`;
      // `time` is a times id, or the publication date itself (then the DCT, t0)
      const time =
        e.time === null ? null : record.times.some((t) => t.id === e.time) ? e.time : 't0';
      const linked = time !== null && (time !== 't0' || record.published !== null);
      instances.push({ eid, line, link: linked ? time : null });
    }
  }
  const { text, kept, dropped } = inline(record.text, tags);
  const shown = instances.filter((i) => kept.has(i.eid));
  const times = new Set(['t0', ...record.times.map((t) => t.id)]);
  const links = shown
    .filter((i) => i.link !== null && times.has(i.link) && (i.link === 't0' || kept.has(i.link)))
    .map(
      (i, k) =>
        `<TLINK${attrs({ lid: `l${k + 1}`, relType: 'IS_INCLUDED', eventInstanceID: `ei${i.eid.slice(1)}`, relatedToTime: i.link })}/>`,
    );
  const dct = record.published
    ? `<DCT><TIMEX3${attrs({ tid: 't0', type: 'DATE', value: record.published.slice(0, 10), functionInDocument: 'CREATION_TIME' })}>${escapeXml(record.published.slice(0, 10))}</TIMEX3></DCT>\n`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n' +
    comment(`sitrep record ${record.id}; outlet ${record.outlet ?? 'unknown'}`) +
    '\n' +
    (dropped > 0 ? comment(`${dropped} overlapping annotation(s) left out`) + '\n' : '') +
    `<DOCID>${escapeXml(record.id)}</DOCID>\n` +
    dct +
    (record.title ? `<TITLE>${escapeXml(record.title)}</TITLE>\n` : '') +
    `<TEXT>${text}</TEXT>\n` +
    [...shown.map((i) => i.line), ...links].map((l) => l + '\n').join('') +
    '</TimeML>\n'
  );
}

/** The text, escaped, with the tags that do not cross an earlier one put in place. */
function inline(source: string, tags: Tag[]): { text: string; kept: Set<string>; dropped: number } {
  const sorted = [...tags].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Tag[] = [];
  let end = 0;
  for (const t of sorted) {
    if (t.start < end || t.end <= t.start) continue;
    kept.push(t);
    end = t.end;
  }
  let out = '';
  let at = 0;
  for (const t of kept) {
    out += escapeXml(source.slice(at, t.start)) + t.open + escapeXml(source.slice(t.start, t.end));
    out += t.close;
    at = t.end;
  }
  out += escapeXml(source.slice(at));
  return { text: out, kept: new Set(kept.map((t) => t.id)), dropped: tags.length - kept.length };
}
