import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/app/lessons';
import { decodeState, encodeState } from '../../src/app/permalink';
import {
  NUMBER_FIELDS,
  type NumberSetting,
  quoted,
  readNumber,
} from '../../src/app/permalinkFields';
import { DEFAULT_LINK_STATE, LINK_LIMITS, type LinkState } from '../../src/app/permalinkState';
import { en } from '../../src/i18n/en';
import { CONTROL_NAMES } from '../../src/views/controls/controlNames';
import { propertyRuns } from '../propertyRuns';

const settings = Object.entries(NUMBER_FIELDS) as [
  NumberSetting,
  (typeof NUMBER_FIELDS)[NumberSetting],
][];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Pieces a hash is made of, so arbitrary strings often look nearly right. */
const piece = fc.oneof(
  fc.constantFrom('#', '&', '=', '%', '%2', '%E0%A4', '+', '-', '_', '*', '.', 'T', 'e', '0', '1'),
  fc.constantFrom('mode=', 'model=', 't=', 'seed=', 'k=', 'p=', 'minp=', 'unk=', 'prompt=', 'z'),
  fc.constantFrom(
    'steps=',
    'controls=',
    'presenter=',
    'v=',
    'explore',
    'loop',
    'step,',
    'NaN',
    '1e999',
    '-1',
  ),
);
const hashPiece = fc.oneof(piece, codeUnit);
const anyHash = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc.string({ unit: hashPiece, maxLength: 60 }),
);

const temperature = fc.oneof(
  fc.constantFrom(0, 0.5, 1, 3),
  fc.double({ min: 0, max: 3, noNaN: true }).map((t) => t + 0),
);
const linkState: fc.Arbitrary<LinkState> = fc.record({
  mode: fc.constantFrom(...LESSONS.map((l) => l.mode)),
  modelId: fc.option(fc.stringMatching(/^[\w.-]{1,64}$/), { nil: null }),
  prompt: fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme' })),
  temperature,
  seed: fc.maxSafeInteger(),
  topK: fc.maxSafeNat(),
  topP: fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
  minP: fc.double({ min: 0, max: 1, noNaN: true }).map((p) => p + 0),
  maskUnk: fc.boolean(),
  steps: fc.array(
    fc
      .record({ id: fc.nat({ max: 36 ** 7 - 1 }), chosen: fc.boolean(), temperature })
      .map(({ id, chosen, temperature: t }) => ({
        id,
        how: chosen ? ('chosen' as const) : t === 0 ? ('greedy' as const) : ('sampled' as const),
        temperature: t,
      })),
    { maxLength: 30 },
  ),
  controls: fc.subarray([...CONTROL_NAMES]).map((names) => new Set(names)),
  presenter: fc.boolean(),
});

/** Whether every field of a decoded state is one the page can use. */
function usable(state: LinkState): boolean {
  return (
    LESSONS.some((l) => l.mode === state.mode) &&
    (state.modelId === null || /^[\w.-]{1,64}$/.test(state.modelId)) &&
    state.prompt.length <= LINK_LIMITS.promptChars &&
    settings.every(([name, field]) => field.ok(state[name])) &&
    state.steps.length <= LINK_LIMITS.steps &&
    state.steps.every(
      (s) => Number.isSafeInteger(s.id) && s.id >= 0 && NUMBER_FIELDS.temperature.ok(s.temperature),
    ) &&
    [...state.controls].every((name) => CONTROL_NAMES.includes(name))
  );
}

describe('decodeState (properties)', () => {
  it('decodeState(any string) never throws, gives a usable state, and that state round-trips', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        const { state, problems } = decodeState(hash);
        expect(usable(state)).toBe(true);
        expect(problems.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
        expect(decodeState(encodeState(state))).toEqual({ state, problems: [] });
      }),
      { seed: 51, numRuns: propertyRuns(500) },
    );
  });

  it('decodeState(hash) keeps each readable setting and gives any other its default with a notice', () => {
    // Well-formed text only: a lone surrogate cannot survive URLSearchParams in any case.
    const value = fc.oneof(
      fc.string({
        unit: fc.oneof(piece, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
        maxLength: 6,
      }),
      temperature.map(String),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...settings.map(([, f]) => f.key)), value),
        (given) => {
          const { state, problems } = decodeState(`#${new URLSearchParams(given)}`);
          for (const [name, field] of settings) {
            const text = given[field.key];
            if (text === undefined) {
              expect(state[name]).toBe(DEFAULT_LINK_STATE[name]);
            } else if (field.ok(readNumber(text))) {
              expect(state[name]).toBe(readNumber(text));
            } else {
              expect(state[name]).toBe(DEFAULT_LINK_STATE[name]);
              expect(problems).toContain(
                `${en[field.name]} ${quoted(text)} is not ${en[field.expected]} (used ${DEFAULT_LINK_STATE[name]})`,
              );
            }
          }
        },
      ),
      { seed: 52, numRuns: propertyRuns(500) },
    );
  });

  it('decodeState(encodeState(state)) gives back any state exactly, with no problems', () => {
    fc.assert(
      fc.property(linkState, (state) => {
        expect(decodeState(encodeState(state))).toEqual({ state, problems: [] });
      }),
      { seed: 53, numRuns: propertyRuns(300) },
    );
  });
});
