import type { Entity } from './entities';
import { fakeAddress, fakeAmount, fakeHex, fakePerson, fakeTimestamp } from './fakeValues';
import type { Random } from './random';
import { amountValue, labelValue } from './recordValues';
import { TAGS } from './words';

/** Entities whose records describe a person and so carry contact details. */
const PEOPLE = new Set(['User', 'Employee', 'Account', 'Booking']);

/** Line items of an order. */
function orderItems(r: Random): unknown[] {
  return Array.from({ length: r.int(1, 3) }, () => ({
    sku: `SKU-${fakeHex(r, 6).toUpperCase()}`,
    quantity: r.int(1, 5),
    unitPrice: fakeAmount(r, 120),
  }));
}

/** One record of an API response, with camelCase keys. */
export function apiRecord(r: Random, entity: Entity, id: number): Record<string, unknown> {
  const record: Record<string, unknown> = { id };
  if (r.chance(0.2))
    record.uuid = `${fakeHex(r, 8)}-${fakeHex(r, 4)}-4${fakeHex(r, 3)}-${fakeHex(r, 12)}`;
  record[entity.label] = labelValue(r, entity, id);
  if (PEOPLE.has(entity.type)) {
    const person = fakePerson(r);
    record.email = person.email;
    if (r.chance(0.5)) record.username = person.username;
  }
  record[entity.amount] = amountValue(r, entity);
  record[entity.flag] = r.chance(0.6);
  record[entity.group] = r.pick(entity.groupValues);
  if (entity.type === 'Order') {
    const customer = fakePerson(r);
    record.customer = { id: r.int(1, 5000), name: `${customer.firstName} ${customer.lastName}` };
    record.items = orderItems(r);
  }
  if (PEOPLE.has(entity.type) && r.chance(0.7)) record.address = fakeAddress(r);
  if (r.chance(0.5)) record.tags = r.sample(TAGS, r.int(0, 3));
  record[entity.date] = fakeTimestamp(r);
  if (r.chance(0.5)) record.updatedAt = fakeTimestamp(r);
  if (r.chance(0.15)) record.deletedAt = null;
  return record;
}
