import { apiRecord } from './apiRecord';
import { ENTITIES } from './entities';
import { renameKeys, toSnakeCase } from './naming';
import type { Random } from './random';

/** An API response: a page of records in one of a few common envelopes. */
export function apiResponseJson(r: Random): unknown {
  const entity = r.pick(ENTITIES);
  const count = r.int(1, 5);
  const firstId = r.int(1, 900);
  const records = Array.from({ length: count }, (_, i) => apiRecord(r, entity, firstId + i));
  const page = r.int(1, 12);
  const perPage = r.pick([count, 10, 20, 25, 50]);
  const total = (page - 1) * perPage + count + r.int(0, 400);
  const base = `https://api.example.com/v${r.int(1, 3)}/${entity.plural}`;
  const envelopes: (() => unknown)[] = [
    () => ({
      data: records,
      meta: { page, perPage, total, totalPages: Math.ceil(total / perPage) },
    }),
    () => ({
      count: total,
      next: `${base}?page=${page + 1}`,
      previous: page > 1 ? `${base}?page=${page - 1}` : null,
      results: records,
    }),
    () => ({ [entity.plural]: records, total, hasMore: r.chance(0.5) }),
    () => ({ status: 'ok', data: records[0] }),
    () => records,
    () => ({
      success: true,
      data: { items: records, cursor: r.chance(0.7) ? `c_${firstId + count}` : null },
    }),
  ];
  const body = r.pick(envelopes)();
  return r.chance(0.6) ? renameKeys(body, toSnakeCase) : body;
}
