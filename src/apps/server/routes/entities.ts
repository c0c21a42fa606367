/**
 * GET /api/entities?name=: the entities of that name (or alias) across stored records. The
 * full-text index finds the records that mention the name (no scan of the store); their
 * entities whose name or an alias holds its words (case-insensitive: "Syrskyi" finds "Oleksandr
 * Syrskyi", not "Syrskyis") are grouped by name and type,
 * each with the records and mention spans it comes from.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ENTITY_TYPES, type Entity } from '../../../core/record.js';
import { entityProfile, findEntities } from '../../../corpus/entities/index.js';
import type { ServerContext } from '../context.js';
import { notFound } from '../errors.js';
import { errorResponses, json, notFoundResponse, PageLimit } from '../schemas.js';

/** records read per name lookup: bounds the cost of a very common name */
const MAX_RECORDS = 200;

/** lower-case words: "General Oleksandr Syrskyi" -> general, oleksandr, syrskyi */
const wordsOf = (name: string) => name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** does `name` hold every word of `wanted`, in order and next to each other? */
function containsWords(name: string[], wanted: string[]): boolean {
  if (wanted.length === 0) return false;
  for (let i = 0; i + wanted.length <= name.length; i++)
    if (wanted.every((w, j) => name[i + j] === w)) return true;
  return false;
}

const EntityQuery = z.object({
  name: z.string().trim().min(1).max(200).openapi({ example: 'Syrskyi' }),
  type: z.enum(ENTITY_TYPES).optional(),
  limit: PageLimit,
});

const Occurrence = z.object({
  record: z.string(),
  entity: z.string().openapi({ description: 'the entity id inside the record' }),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  mentions: z.array(
    z.object({ start: z.number(), end: z.number(), text: z.string(), rule: z.string() }),
  ),
});

const EntitySummary = z
  .object({
    name: z.string(),
    type: z.string(),
    aliases: z.array(z.string()),
    country: z.string().nullable(),
    geo: z
      .object({ lat: z.number(), lon: z.number(), admin: z.string(), source: z.string() })
      .nullable(),
    mentions: z.number().int(),
    records: z.array(Occurrence),
  })
  .openapi('EntitySummary');

const route = createRoute({
  method: 'get',
  path: '/api/entities',
  summary: 'Entities of a name across stored records',
  request: { query: EntityQuery },
  responses: {
    200: json(z.object({ items: z.array(EntitySummary) }), 'Entities, most mentioned first'),
    ...errorResponses,
  },
});

type Summary = z.infer<typeof EntitySummary>;

const ProfileSchema = z
  .object({
    query: z.string(),
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    types: z.record(z.string(), z.number()),
    records: z.number().int(),
    mentions: z.number().int(),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
    perOutletMonth: z.array(
      z.object({
        outlet: z.string(),
        month: z.string(),
        records: z.number(),
        mentions: z.number(),
      }),
    ),
    /** records and mentions per publication day (undated records left out), for a chart */
    perDay: z.array(z.object({ day: z.string(), records: z.number(), mentions: z.number() })),
    related: z.array(z.object({ id: z.string(), name: z.string(), records: z.number() })),
    /** the other corpus entities the name matched, most mentioned first */
    others: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .passthrough()
  .openapi('EntityProfile');

const profileRoute = createRoute({
  method: 'get',
  path: '/api/entities/profile',
  summary: 'One corpus entity across outlets: aliases, mentions per day and per outlet, related',
  request: {
    query: z.object({ name: z.string().trim().min(1).max(200).openapi({ example: 'Kyiv' }) }),
  },
  responses: {
    200: json(ProfileSchema, 'The most mentioned corpus entity of that name or alias'),
    ...notFoundResponse,
    ...errorResponses,
  },
});

export function registerEntities(app: OpenAPIHono, ctx: ServerContext): void {
  app.openapi(profileRoute, async (c) => {
    const { name } = c.req.valid('query');
    const found = await findEntities(ctx.store, name);
    const top = found[0];
    if (!top) throw notFound(`corpus entity named "${name}"`);
    const profile = await entityProfile(ctx.store, top);
    const days = new Map<string, { day: string; records: Set<string>; mentions: number }>();
    for (const m of top.mentions) {
      const day = m.published?.slice(0, 10);
      if (!day) continue;
      const d = days.get(day) ?? { day, records: new Set<string>(), mentions: 0 };
      d.records.add(m.record);
      d.mentions += m.mentions;
      days.set(day, d);
    }
    const perDay = [...days.values()]
      .map((d) => ({ day: d.day, records: d.records.size, mentions: d.mentions }))
      .sort((a, b) => a.day.localeCompare(b.day));
    const others = found.slice(1, 11).map((e) => ({ id: e.id, name: e.name }));
    return c.json({ query: name, ...profile, perDay, others }, 200);
  });

  app.openapi(route, async (c) => {
    const { name, type, limit } = c.req.valid('query');
    const wanted = wordsOf(name);
    const matches = (e: Entity) =>
      (type === undefined || e.type === type) &&
      [e.name, ...e.aliases].some((n) => containsWords(wordsOf(n), wanted));
    // a quoted phrase: the name's own punctuation can never be read as query syntax
    const phrase = `"${name.replaceAll('"', '""')}"`;
    const hits = await ctx.store.search({ text: phrase, limit: MAX_RECORDS });
    const byKey = new Map<string, Summary>();
    for (const hit of hits) {
      const record = await ctx.store.get(hit.id);
      if (!record) continue;
      for (const e of record.entities.filter(matches)) {
        const key = `${e.type}\u0000${e.name.toLowerCase()}`;
        const s = byKey.get(key) ?? {
          name: e.name,
          type: e.type,
          aliases: [],
          country: e.country ?? null,
          geo: e.geo ?? null,
          mentions: 0,
          records: [],
        };
        for (const a of e.aliases) if (!s.aliases.includes(a)) s.aliases.push(a);
        s.mentions += e.mentions.length;
        s.records.push({
          record: record.id,
          entity: e.id,
          published: record.published,
          outlet: record.outlet,
          mentions: e.mentions.map(({ start, end, text, rule }) => ({ start, end, text, rule })),
        });
        byKey.set(key, s);
      }
    }
    const items = [...byKey.values()]
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
      .slice(0, limit);
    return c.json({ items }, 200);
  });
}
