import { CITIES } from './places';
import type { Random } from './random';
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, STREET_SUFFIXES, STREETS } from './words';

/** A made-up person with a matching email address and username. */
export interface Person {
  /** Given name. */
  firstName: string;
  /** Family name. */
  lastName: string;
  /** `first.last@domain` in lower case (ASCII only). */
  email: string;
  /** A lower-case login name. */
  username: string;
}

/** Lower-case ASCII form of a name for emails and usernames (`Müller` → `muller`). */
function asciiLower(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

/** A made-up person. */
export function fakePerson(r: Random): Person {
  const firstName = r.pick(FIRST_NAMES);
  const lastName = r.pick(LAST_NAMES);
  const first = asciiLower(firstName);
  const last = asciiLower(lastName);
  const local = r.pick([
    `${first}.${last}`,
    `${first}${r.int(1, 99)}`,
    `${first.charAt(0)}${last}`,
  ]);
  return {
    firstName,
    lastName,
    email: `${local}@${r.pick(EMAIL_DOMAINS)}`,
    username: r.pick([
      `${first}_${last}`,
      `${first}${last.charAt(0)}`,
      `${first}${r.int(10, 999)}`,
    ]),
  };
}

/** Pads a number with leading zeros. */
function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** An ISO 8601 UTC timestamp between 2019 and 2025, e.g. `2023-04-12T09:15:32Z`. */
export function fakeTimestamp(r: Random): string {
  const date = `${r.int(2019, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
  return `${date}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`;
}

/** An ISO date without time, e.g. `2024-02-07`. */
export function fakeDate(r: Random): string {
  return fakeTimestamp(r).slice(0, 10);
}

/** A semantic version like `2.14.3`. */
export function fakeVersion(r: Random, maxMajor = 9): string {
  return `${r.int(0, maxMajor)}.${r.int(0, 20)}.${r.int(0, 12)}`;
}

/** A money amount with two decimals. */
export function fakeAmount(r: Random, max: number): number {
  return Math.round(r.next() * max * 100) / 100;
}

/** A lower-case hexadecimal string of the given length. */
export function fakeHex(r: Random, length: number): string {
  let hex = '';
  for (let i = 0; i < length; i++) hex += r.int(0, 15).toString(16);
  return hex;
}

/** A street address with city, region, postal code and country (camelCase keys). */
export function fakeAddress(r: Random): Record<string, string> {
  const place = r.pick(CITIES);
  return {
    street: `${r.int(1, 9800)} ${r.pick(STREETS)} ${r.pick(STREET_SUFFIXES)}`,
    city: place.city,
    region: place.region,
    postalCode: pad(r.int(1000, 99950), 5),
    country: place.country,
  };
}
