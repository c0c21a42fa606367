/**
 * A readable rendering of one record for the terminal: what the article is, where it came
 * from, and each layer in a line per item. Claims and events are rendered by their stages'
 * own formatters, which know how to print source paths and timelines.
 */
import type { SitrepRecord } from '../../core/record.js';

type Section = (record: SitrepRecord) => string;

function header(r: SitrepRecord): string {
  const lines = [
    `${r.title ?? '(untitled)'}`,
    `  id ${r.id} · published ${r.published ?? 'unknown'} · outlet ${r.outlet ?? 'unknown'} · language ${r.language ?? '?'}`,
    `  from ${r.origin.path}${r.origin.item ? `:${r.origin.item}` : ''} (${r.origin.format})${r.origin.url ? ` ${r.origin.url}` : ''}`,
  ];
  if (r.provenance.length > 0) lines.push(`  provenance ${r.provenance.map((p) => p.name).join(' → ')}`);
  lines.push(`  ${r.sentences.length} sentences`);
  for (const note of r.notes) lines.push(`  note: ${note}`);
  return lines.join('\n');
}

function entities(r: SitrepRecord): string {
  if (r.entities.length === 0) return '';
  const rows = r.entities.map((e) => {
    const aliases = e.aliases.filter((a) => a !== e.name);
    const extra = [
      aliases.length > 0 ? `aka ${aliases.join(', ')}` : '',
      e.role ? `role ${e.role}` : '',
      e.country ? `country ${e.country}` : '',
      `${e.mentions.length}×`,
    ].filter(Boolean);
    return `  ${e.name} [${e.type}] ${extra.join(' · ')}`;
  });
  return ['Entities', ...rows].join('\n');
}

function times(r: SitrepRecord): string {
  if (r.times.length === 0) return '';
  const rows = r.times.map(
    (t) =>
      `  "${t.text}" → ${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ''}${t.range ? ` covering ${t.range.begin} .. ${t.range.end}` : ''}`,
  );
  return ['Times', ...rows].join('\n');
}

function quantities(r: SitrepRecord): string {
  if (r.quantities.length === 0) return '';
  const rows = r.quantities.map((q) => {
    const amount =
      q.change != null
        ? `change ×${q.change}`
        : q.value != null
          ? String(q.value)
          : `${q.low ?? '?'}–${q.high ?? '?'}`;
    const parts = [q.approx, amount, q.unit, q.counted].filter((x) => x != null && x !== '');
    return `  "${q.text}" → ${parts.join(' ')}`;
  });
  return ['Figures', ...rows].join('\n');
}

const sections: Section[] = [header, entities, times, quantities];

export function formatPretty(record: SitrepRecord, extra: readonly Section[] = []): string {
  return [...sections, ...extra]
    .map((s) => s(record))
    .filter((s) => s !== '')
    .join('\n\n');
}
