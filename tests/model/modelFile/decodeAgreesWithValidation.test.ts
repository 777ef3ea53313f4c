import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '../../../src/model/modelFile/decodeModel';
import { encodeModel } from '../../../src/model/modelFile/encodeModel';
import { findModelProblem } from '../../../src/model/modelFile/findModelProblem';
import { ModelFileError } from '../../../src/model/modelFile/ModelFileError';
import type { NgramModel, OrderTable } from '../../../src/model/types';
import { propertyRuns } from '../../propertyRuns';
import { modelArbitrary } from './arbitraryModel';
import { assembleFile } from './fileSurgery';

type Column =
  | 'contextIds'
  | 'contextTotals'
  | 'contextCountsOfCounts'
  | 'entryStart'
  | 'words'
  | 'counts';
const COLUMNS: readonly Column[] = [
  'contextIds',
  'contextTotals',
  'contextCountsOfCounts',
  'entryStart',
  'words',
  'counts',
];

/** A model with one value of one column replaced, or undefined when that column is empty. */
function mutate(model: NgramModel, table: number, column: Column, at: number, value: number) {
  const target = model.tables[table % model.tables.length];
  if (target[column].length === 0) return undefined;
  const changed = target[column].slice();
  changed[at % changed.length] = value;
  const tables = model.tables.map(
    (t): OrderTable => (t === target ? { ...t, [column]: changed } : t),
  );
  return { ...model, tables };
}

/** The decoded model, or undefined when decoding throws an 'invalid' ModelFileError. */
function decodeOrUndefined(bytes: Uint8Array): NgramModel | undefined {
  try {
    return decodeModel(bytes);
  } catch (error) {
    if (error instanceof ModelFileError && error.code === 'invalid') return undefined;
    throw error;
  }
}

describe('decodeModel and findModelProblem', () => {
  it('decodeModel gives back every model findModelProblem accepts and never one it rejects', () => {
    const outcomes = { accepted: 0, rejected: 0 };
    const mutation = fc.tuple(
      modelArbitrary,
      fc.nat(),
      fc.constantFrom(...COLUMNS),
      fc.nat(),
      fc.nat({ max: 20 }),
    );
    fc.assert(
      fc.property(mutation, ([model, table, column, at, value]) => {
        const mutated = mutate(model, table, column, at, value);
        if (mutated === undefined) return;
        let bytes: Uint8Array;
        try {
          bytes = assembleFile(mutated);
        } catch (error) {
          // Deltas and entry counts cannot be negative: such a model has no file at all.
          if (error instanceof RangeError) return;
          throw error;
        }
        if (findModelProblem(mutated) === undefined) {
          expect(decodeModel(bytes)).toEqual(mutated);
          outcomes.accepted++;
          return;
        }
        // Either the file is rejected, or the broken value is one the file does not store (like
        // entryStart[0]) and the file is that of a valid model.
        const decoded = decodeOrUndefined(bytes);
        if (decoded === undefined) {
          outcomes.rejected++;
        } else {
          expect(findModelProblem(decoded)).toBeUndefined();
          expect(encodeModel(decoded)).toEqual(bytes);
        }
      }),
      { seed: 1, numRuns: propertyRuns(300) },
    );
    expect(outcomes.accepted).toBeGreaterThan(20);
    expect(outcomes.rejected).toBeGreaterThan(20);
  });
});
