import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '../../../src/model/modelFile/decodeModel';
import { encodeModel } from '../../../src/model/modelFile/encodeModel';
import { MAGIC_BYTES, PREFIX_BYTE_LENGTH } from '../../../src/model/modelFile/fileFormat';
import { findModelProblem } from '../../../src/model/modelFile/findModelProblem';
import { ModelFileError } from '../../../src/model/modelFile/ModelFileError';
import { propertyRuns } from '../../propertyRuns';
import { modelArbitrary } from './arbitraryModel';
import { withRecomputedCrc } from './fileSurgery';

/** A model file and some (position, xor mask) pairs to damage it with. */
const damagedFile = modelArbitrary.chain((model) => {
  const bytes = encodeModel(model);
  const hit = fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }));
  return fc
    .array(hit, { minLength: 1, maxLength: 8 })
    .map((hits) => {
      const damaged = bytes.slice();
      for (const [at, mask] of hits) damaged[at] ^= mask;
      return { bytes, damaged };
    })
    .filter(({ bytes, damaged }) => damaged.some((b, i) => b !== bytes[i]));
});

/** What decoding gives: the model, or the ModelFileError (any other error fails the test). */
function decodeOutcome(bytes: Uint8Array) {
  try {
    return { model: decodeModel(bytes) };
  } catch (error) {
    if (error instanceof ModelFileError) return { error };
    throw error;
  }
}

describe('decodeModel on randomly damaged files', () => {
  it('decodeModel rejects random byte damage anywhere in a random model with a named ModelFileError', () => {
    fc.assert(
      fc.property(damagedFile, ({ damaged }) => {
        const outcome = decodeOutcome(damaged);
        expect(outcome.error?.code).toMatch(
          /^(not-a-model|unsupported-version|truncated|checksum-mismatch|invalid)$/,
        );
        expect(outcome.error?.message).toMatch(/\.$/);
      }),
      { seed: 11, numRuns: propertyRuns(300) },
    );
  });

  it('decodeModel on damage hidden by a recomputed checksum gives a ModelFileError or a valid model', () => {
    const outcomes = { rejected: 0, accepted: 0 };
    fc.assert(
      fc.property(damagedFile, ({ bytes, damaged }) => {
        // The magic and version restored and the CRC made right again: only the parser itself
        // can catch the damage now.
        const hidden = damaged.slice();
        hidden.set(bytes.subarray(0, PREFIX_BYTE_LENGTH));
        const outcome = decodeOutcome(withRecomputedCrc(hidden));
        if (outcome.model) {
          outcomes.accepted++;
          expect(findModelProblem(outcome.model)).toBeUndefined();
        } else {
          outcomes.rejected++;
        }
      }),
      { seed: 12, numRuns: propertyRuns(300) },
    );
    expect(outcomes.rejected).toBeGreaterThan(0);
  });

  it('decodeModel rejects random bytes behind a valid magic and version', () => {
    const header = Uint8Array.of(...MAGIC_BYTES, 1, 0);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (tail) => {
        const bytes = new Uint8Array(header.length + tail.length);
        bytes.set(header);
        bytes.set(tail, header.length);
        for (const file of [bytes, bytes.length >= 4 ? withRecomputedCrc(bytes) : bytes]) {
          expect(decodeOutcome(file).error).toBeInstanceOf(ModelFileError);
        }
      }),
      { seed: 13, numRuns: propertyRuns(500) },
    );
  });
});
