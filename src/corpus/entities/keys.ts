/**
 * The keys of one record entity: the strings under which the corpus entities stage joins it
 * with other records' entities (groups('entities') members). A key names what makes two
 * mentions one actor: `country:kp` (ISO code), `place:kursk region` and
 * `place:~geo:region:51.74,36.19` (GeoNames position at an admin level, sorted after the names), `person:oleksandr syrsky` (a full name),
 * `org:new york times` (a name or alias). An entity with nothing that names it across
 * articles (a common noun, a surname alone) gets a local key `~<record>#<entity>`, sorted after
 * every other key so that a group's id (its smallest member) is a readable key when it has one.
 */
import type { Entity } from '../../core/record.js';
import { normaliseName } from './normalise.js';
import { mergeRules } from './rules.js';

export interface EntityKeys {
  /** the key this record entity is filed under (keys[0]) */
  anchor: string;
  /** every key; the stage links them all to the anchor */
  keys: string[];
  /** which rule chose the anchor: 'iso-country', 'full-name', 'name', 'local:nominal' ... */
  rule: string;
  /** a person named by surname alone: the surname that may join a full name */
  surnameOnly: string | null;
  /** a person with a full name: [surname, full-name key] pairs */
  fullNames: [string, string][];
}

export const localKey = (record: string, entity: string) => `~${record}#${entity}`;

const FORM_NAME = new Set(['name', 'acronym', 'demonym']);

function names(e: Entity): string[] {
  return [e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])].filter(
    (n): n is string => typeof n === 'string' && n.trim() !== '',
  );
}

export function entityKeys(record: string, e: Entity): EntityKeys {
  const rules = mergeRules();
  const group = rules.groupOf.get(e.type) ?? 'other';
  const local = localKey(record, e.id);
  const named = (e.mentions ?? []).some((m) =>
    FORM_NAME.has(String((m as { form?: unknown }).form ?? 'name')),
  );
  const isLocal =
    !named &&
    (e.mentions ?? []).length > 0 &&
    !(rules.countryGroups.has(e.type) && typeof e.country === 'string' && e.country !== '');
  const none = { surnameOnly: null, fullNames: [] as [string, string][] };
  if (isLocal) return { anchor: local, keys: [local], rule: 'local:nominal', ...none };

  if (group === 'country' && typeof e.country === 'string' && /^[A-Z]{2}$/i.test(e.country)) {
    const k = `country:${e.country.toLowerCase()}`;
    return { anchor: k, keys: [k], rule: 'iso-country', ...none };
  }

  const forms = [...new Set(names(e).map((n) => normaliseName(n, e.type)))].filter(
    (n) => n.replace(/\s/g, '').length >= rules.minAliasLength,
  );

  if (group === 'person') {
    const full = forms.filter((n) => n.split(' ').length >= rules.minFullNameWords);
    if (full.length === 0) {
      const words = (forms[0] ?? '').split(' ');
      const surname = forms.length > 0 ? (words[words.length - 1] ?? null) : null;
      return {
        anchor: local,
        keys: [local],
        rule: 'local:surname',
        surnameOnly: surname,
        fullNames: [],
      };
    }
    const mainForm = normaliseName(e.name, e.type);
    const main = full.includes(mainForm) ? mainForm : (full[0] as string);
    const keys = [main, ...full.filter((f) => f !== main)].map((f) => `person:${f}`);
    const fullNames = full.map((f): [string, string] => [
      f.split(' ').pop() as string,
      `person:${f}`,
    ]);
    return { anchor: keys[0] as string, keys, rule: 'full-name', surnameOnly: null, fullNames };
  }

  if (forms.length === 0) return { anchor: local, keys: [local], rule: 'local:no-name', ...none };
  const mainForm = normaliseName(e.name, e.type);
  const ordered = forms.includes(mainForm)
    ? [mainForm, ...forms.filter((f) => f !== mainForm)]
    : forms;
  const keys = ordered.map((f) => `${group}:${f}`);
  let rule = 'name';
  if (group === 'place' && e.geo && Number.isFinite(e.geo.lat) && Number.isFinite(e.geo.lon)) {
    keys.push(`place:~geo:${e.geo.admin}:${e.geo.lat.toFixed(2)},${e.geo.lon.toFixed(2)}`);
    rule = 'name+geo';
  } else if (group === 'place' && !e.admin) {
    // typed a place by context alone: also filed among organisations (entity-merge.json)
    keys.push(...ordered.map((f) => `${rules.unplacedAlso}:${f}`));
    rule = 'name+unplaced';
  }
  return { anchor: keys[0] as string, keys, rule, ...none };
}
