import type { ModelSettings, Smoothing, TokenizerKind } from '../types';
import { areValidDiscounts, DISCOUNTS_PROBLEM } from './areValidDiscounts';
import type { ByteReader } from './ByteReader';
import type { FileHeader, TableHeader } from './FileHeader';
import { findSettingsProblem } from './findSettingsProblem';
import { findVocabLengthProblem } from './findVocabLengthProblem';
import { invalidModelFile } from './ModelFileError';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const MAX_COUNT = 0xffffffff;

type JsonObject = Record<string, unknown>;

/** Reads the length-prefixed JSON header and checks its shape, sizes, settings and discounts. */
export function readHeader(reader: ByteReader): FileHeader {
  const bytes = reader.readBytes(reader.readVarint());
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(bytes));
  } catch {
    throw invalidModelFile('its header is not valid UTF-8 JSON');
  }
  const header = toFileHeader(json);
  const problem =
    findSettingsProblem(header.settings) ?? findVocabLengthProblem(header.vocabLength);
  if (problem !== undefined) throw invalidModelFile(problem);
  return header;
}

function toFileHeader(json: unknown): FileHeader {
  const root = asObject(json, 'the header');
  const settings = asObject(root.settings, 'settings');
  const meta = asObject(root.meta, 'meta');
  for (const key of Object.keys(meta)) asString(meta[key], `meta.${key}`);
  const tables = root.tables;
  if (!Array.isArray(tables)) throw invalidModelFile('its header has no list of tables');
  return {
    settings: toSettings(settings),
    meta: Object.fromEntries(Object.entries(meta).map(([key, value]) => [key, String(value)])),
    vocabLength: asCount(root.vocabLength, 'vocabLength'),
    bodyByteLength: asCount(root.bodyByteLength, 'bodyByteLength'),
    tables: tables.map((table, index) => toTableHeader(table, index + 1)),
  };
}

function toSettings(settings: JsonObject): ModelSettings {
  return {
    // Only the type is checked here; findSettingsProblem checks the value.
    tokenizer: asString(settings.tokenizer, 'settings.tokenizer') as TokenizerKind,
    order: asNumber(settings.order, 'settings.order'),
    smoothing: asString(settings.smoothing, 'settings.smoothing') as Smoothing,
    discount: asNumber(settings.discount, 'settings.discount'),
    k: asNumber(settings.k, 'settings.k'),
    vocabSize: asNumber(settings.vocabSize, 'settings.vocabSize'),
    minCount: asNumber(settings.minCount, 'settings.minCount'),
  };
}

function toTableHeader(json: unknown, order: number): TableHeader {
  const table = asObject(json, `table ${order}`);
  if (table.order !== order)
    throw invalidModelFile(`table ${order} says its order is ${table.order}`);
  const discounts = table.discounts;
  if (!Array.isArray(discounts) || !areValidDiscounts(discounts)) {
    throw invalidModelFile(`the order-${order} table ${DISCOUNTS_PROBLEM}`);
  }
  return {
    order,
    contextCount: asCount(table.contextCount, `table ${order} contextCount`),
    entryCount: asCount(table.entryCount, `table ${order} entryCount`),
    discounts: discounts.map((d) => asNumber(d, `table ${order} discount`)),
  };
}

function asObject(value: unknown, name: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidModelFile(`${name} in its header is not an object`);
  }
  return value as JsonObject;
}

function asString(value: unknown, name: string): string {
  if (typeof value !== 'string') throw invalidModelFile(`${name} in its header is not a string`);
  return value;
}

function asNumber(value: unknown, name: string): number {
  if (typeof value !== 'number') throw invalidModelFile(`${name} in its header is not a number`);
  return value;
}

function asCount(value: unknown, name: string): number {
  const count = asNumber(value, name);
  if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT) {
    throw invalidModelFile(`${name} in its header is not a count`);
  }
  return count;
}
