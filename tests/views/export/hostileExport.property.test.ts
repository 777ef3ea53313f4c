// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NgramModel } from '../../../src/model/types';
import { createExplorerStore } from '../../../src/store/createExplorerStore';
import { chartSvg } from '../../../src/views/export/chartSvg';
import { distributionCsv } from '../../../src/views/export/distributionCsv';
import { distributionJson } from '../../../src/views/export/distributionJson';
import { distributionRows } from '../../../src/views/export/distributionRows';
import { showToken } from '../../../src/views/format/showToken';
import { tinyModel } from '../../fixtures/tinyModel';
import { propertyRuns } from '../../propertyRuns';
import { parseCsv } from './parseCsv';

const base = tinyModel(['a b c d e f g h i j k l m n', 'n m l k j i h g f e d c b a']);

/** Tokens a stranger's model may hold: markup, formulas, bidi controls, joiners, any code point. */
const hostileToken = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(1)</script>',
    ']]><!--',
    '&amp;',
    '=HYPERLINK("http://x","y")',
    '+1',
    '-1',
    '@SUM(A1)',
    '\tx',
    '\r\n',
    '"',
    '\u202Egnp.exe',
    '\u2066x\u2069',
    '👩‍👩‍👧‍👦',
    '\u200D',
    '\uFFFE',
    '\uD800',
    '\0',
    'x'.repeat(10_000),
  ),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
);

/** Text as an XML document can hold it: a code point XML 1.0 does not allow shows as U+FFFD. */
function asXmlText(text: string): string {
  const allowed = (c: number) =>
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    c >= 0x10000;
  return Array.from(text, (ch) => (allowed(ch.codePointAt(0) ?? 0) ? ch : '\uFFFD')).join('');
}

/** The base model with its first tokens renamed to the given (distinct) strings. */
function withTokens(tokens: string[]): NgramModel {
  const vocab = base.vocab.map((t, id) => (id < tokens.length ? tokens[id] : t));
  return { ...base, vocab };
}

const vocabArb = fc
  .uniqueArray(hostileToken, { minLength: 1, maxLength: 14 })
  .filter((ts) => ts.every((t) => !base.vocab.includes(t)));

describe('exports of hostile tokens', () => {
  it('distributionCsv keeps every token as one cell, with formula starts neutralised', () => {
    fc.assert(
      fc.property(vocabArb, (tokens) => {
        const store = createExplorerStore({ model: withTokens(tokens), modelId: 'x', prompt: 'a' });
        const rows = distributionRows(store.getState());
        const cells = parseCsv(distributionCsv(rows)).slice(1);
        expect(cells).toHaveLength(rows.length);
        cells.forEach((cell, i) => {
          expect(cell).toHaveLength(4);
          const token = rows[i].token;
          expect(cell[1]).toBe(/^[=+\-@\t\r]/.test(token) ? `'${token}` : token);
          expect(cell[1]).not.toMatch(/^[=+\-@\t\r]/);
        });
      }),
      { seed: 41, numRuns: propertyRuns(100) },
    );
  });

  it('distributionJson gives back every token exactly', () => {
    fc.assert(
      fc.property(vocabArb, (tokens) => {
        const store = createExplorerStore({ model: withTokens(tokens), modelId: 'x', prompt: 'a' });
        const s = store.getState();
        const json = JSON.parse(distributionJson(s, distributionRows(s)));
        expect(json.outcomes.map((o: { token: string }) => o.token)).toEqual(
          Array.from(s.order, (id) => s.model.vocab[id]),
        );
      }),
      { seed: 42, numRuns: propertyRuns(100) },
    );
  });

  it('chartSvg is well-formed XML whose labels hold the tokens as text', () => {
    fc.assert(
      fc.property(vocabArb, (tokens) => {
        const model = withTokens(tokens);
        const store = createExplorerStore({ model, modelId: 'x', prompt: 'a' });
        const svg = chartSvg(store.getState());
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
        expect(doc.documentElement.localName).toBe('svg');
        // Only the elements the chart draws: nothing a token could have smuggled in.
        const names = new Set(Array.from(doc.getElementsByTagName('*'), (e) => e.localName));
        for (const name of names)
          expect(['svg', 'title', 'rect', 'g', 'line', 'text']).toContain(name);
        const labels = Array.from(doc.getElementsByTagName('text'), (t) => t.textContent ?? '');
        const top = store.getState().order[0];
        const first = `1. ${asXmlText(showToken(model.vocab[top], true))} `;
        expect(labels.some((l) => l.startsWith(first))).toBe(true);
      }),
      { seed: 43, numRuns: propertyRuns(100) },
    );
  });
});
