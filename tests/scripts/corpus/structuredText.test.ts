import { describe, expect, it } from 'vitest';
import {
  generateStructuredDocuments,
  generateStructuredText,
} from '../../../scripts/corpus/structuredText';

/** Kinds whose documents are JSON. */
const JSON_KINDS = new Set(['manifest', 'api', 'config', 'geojson']);

describe('generateStructuredText', () => {
  const documents = generateStructuredDocuments(1);

  it('generateStructuredText(seed) gives identical output for the same seed', () => {
    expect(generateStructuredText(42, { count: 200 })).toEqual(
      generateStructuredText(42, { count: 200 }),
    );
  });

  it('generateStructuredText(seed) gives different output for different seeds', () => {
    const a = generateStructuredText(1, { count: 50 });
    const b = generateStructuredText(2, { count: 50 });
    expect(a).not.toEqual(b);
    expect(a.filter((text, i) => text === b[i]).length).toBeLessThan(5);
  });

  it('generateStructuredText(seed, { count }) returns count documents', () => {
    expect(generateStructuredText(3, { count: 17 })).toHaveLength(17);
    expect(generateStructuredText(3, { count: 0 })).toEqual([]);
    expect(() => generateStructuredText(3, { count: -1 })).toThrow(/count/);
  });

  it('generateStructuredText(seed) writes about 1.5 to 3 MB by default', () => {
    const bytes = documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
    expect(bytes).toBeGreaterThan(1.5e6);
    expect(bytes).toBeLessThan(3e6);
  });

  it('generateStructuredText(seed) writes JSON documents that JSON.parse accepts, pretty-printed', () => {
    const jsonDocuments = documents.filter((d) => JSON_KINDS.has(d.kind));
    expect(jsonDocuments.length).toBeGreaterThan(500);
    for (const { text } of jsonDocuments) {
      expect(JSON.stringify(JSON.parse(text), null, 2)).toBe(text);
    }
  });

  it('generateStructuredText(seed) puts no blank or whitespace-only line inside a document', () => {
    for (const { text } of documents) {
      expect(text.split('\n').filter((line) => line.trim() === '')).toEqual([]);
    }
  });

  it('generateStructuredText(seed) mixes every kind of document and rarely repeats one', () => {
    const kinds = new Set(documents.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(
      [
        'api',
        'class',
        'config',
        'geojson',
        'javascript',
        'manifest',
        'python',
        'typescript',
      ].sort(),
    );
    const distinct = new Set(documents.map((d) => d.text)).size;
    expect(distinct / documents.length).toBeGreaterThan(0.99);
  });

  it('generateStructuredText(seed) writes code with balanced brackets', () => {
    const code = documents.filter((d) => d.kind !== 'python' && !JSON_KINDS.has(d.kind));
    for (const { text } of code) {
      const count = (pattern: RegExp): number => text.match(pattern)?.length ?? 0;
      expect(count(/\{/g)).toBe(count(/\}/g));
      expect(count(/\(/g)).toBe(count(/\)/g));
    }
  });
});
