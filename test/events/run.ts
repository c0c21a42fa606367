/** Helpers for the events tests: run sentences + events on a text, with hand-made layers. */
import type { Entity, EntityType, EventRecord, Layers, TimeExpr } from '../../src/core/record.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';
import { extractEvents } from '../../src/stages/events/index.js';

export interface Extra {
  /** [name, type, form]: form "demonym" marks "Russian" as a demonym mention of Russia */
  entities?: [name: string, type: EntityType, form?: string][];
  times?: [text: string, value: string, type?: TimeExpr['type']][];
}

/** Events of `text`; `extra` names entities/times by their first occurrence in the text. */
export function events(
  text: string,
  extra: Extra = {},
  published: string | null = '2025-01-31',
): EventRecord[] {
  const layers: Partial<Layers> = sentencesStage.run(
    { text, published, title: null, outlet: null, language: 'en', layers: {} },
    { options: {} },
  );
  layers.entities = (extra.entities ?? []).map(([name, type, form], i): Entity => {
    const mentions = [
      ...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')),
    ].map((m) => ({
      start: m.index,
      end: m.index + name.length,
      text: name,
      rule: 'test',
      ...(form ? { form } : {}),
    }));
    return { id: `e${i + 1}`, name, type, aliases: [], mentions };
  });
  layers.times = (extra.times ?? []).map(([t, value, type], i): TimeExpr => {
    const start = text.indexOf(t);
    return {
      id: `t${i + 1}`,
      start,
      end: start + t.length,
      text: t,
      rule: 'test',
      type: type ?? 'DATE',
      value,
      mod: null,
    };
  });
  return extractEvents({ text, published, title: null, outlet: null, language: 'en', layers }, {});
}

export function typed(text: string, extra: Extra = {}): EventRecord[] {
  return events(text, extra).filter((e) => e.type !== 'other');
}

export function one(text: string, type: string, extra: Extra = {}): EventRecord {
  const found = typed(text, extra).filter((e) => e.type === type);
  if (found.length !== 1) {
    throw new Error(
      `expected one ${type} event in "${text}", got ${JSON.stringify(typed(text, extra).map((e) => [e.type, e.trigger.text]))}`,
    );
  }
  return found[0] as EventRecord;
}

export interface P {
  role: string;
  text: string;
  entity: string | null;
}
export const participants = (e: EventRecord) => (e.participants ?? []) as P[];
