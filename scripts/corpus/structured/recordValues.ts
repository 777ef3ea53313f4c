import type { Entity } from './entities';
import { fakeAmount, fakeHex, fakePerson } from './fakeValues';
import { capitalize } from './naming';
import type { Random } from './random';
import { ADJECTIVES, NOUNS, TOPICS } from './words';

/** Short comment bodies and message subjects, assembled from a few parts. */
function shortText(r: Random): string {
  const opening = r.pick([
    'Thanks for the',
    'Question about the',
    'Update on the',
    'Issue with the',
  ]);
  return `${opening} ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}${r.pick(['.', '!', '?', ''])}`;
}

/** A value for the entity's naming field that fits the field's name. */
export function labelValue(r: Random, entity: Entity, id: number): string {
  switch (entity.label) {
    case 'name':
    case 'fullName':
    case 'guestName':
    case 'owner': {
      const person = fakePerson(r);
      return `${person.firstName} ${person.lastName}`;
    }
    case 'orderNumber':
      return `ORD-${100000 + id * 7}`;
    case 'number':
      return `INV-${r.int(2019, 2025)}-${String(id).padStart(4, '0')}`;
    case 'body':
    case 'subject':
      return shortText(r);
    case 'hostname':
      return `${r.pick(['web', 'db', 'cache', 'worker'])}-${String(r.int(1, 40)).padStart(2, '0')}`;
    case 'trackingCode':
      return `1Z${fakeHex(r, 12).toUpperCase()}`;
    default:
      return r.chance(0.5)
        ? `${capitalize(r.pick(ADJECTIVES))} ${capitalize(r.pick(NOUNS))}`
        : `Guide to ${r.pick(TOPICS)}`;
  }
}

/** A value for the entity's numeric field in a plausible range for the field's name. */
export function amountValue(r: Random, entity: Entity): number {
  switch (entity.amount) {
    case 'price':
    case 'total':
    case 'amount':
    case 'balance':
      return fakeAmount(r, r.pick([50, 500, 5000]));
    case 'salary':
      return r.int(30, 180) * 1000;
    case 'weight':
      return fakeAmount(r, 40);
    case 'duration':
    case 'uptime':
      return r.int(60, 90000);
    default:
      return r.int(0, r.pick([5, 20, 100, 1000]));
  }
}
