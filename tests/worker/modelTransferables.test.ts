import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/model/defaultSettings';
import { decodeModel, encodeModel } from '../../src/model/modelFile';
import { trainModel } from '../../src/model/trainModel';
import { modelTransferables } from '../../src/worker/modelTransferables';

describe('modelTransferables', () => {
  for (const [label, make] of [
    ['trained', () => trainModel(['a b c a b', 'b c a'], defaultSettings)],
    ['decoded', () => decodeModel(encodeModel(trainModel(['a b c a b'], defaultSettings)))],
  ] as const) {
    it(`modelTransferables(${label} model, bytes) moves it to another thread intact`, () => {
      const model = make();
      const bytes = encodeModel(model);
      const expected = encodeModel(model);
      const moved = structuredClone(
        { model, bytes },
        { transfer: modelTransferables(model, bytes) },
      );
      expect(Buffer.from(encodeModel(moved.model)).equals(Buffer.from(expected))).toBe(true);
      expect(Buffer.from(moved.bytes).equals(Buffer.from(expected))).toBe(true);
      // Moved, not copied: the sender's arrays are now empty.
      expect(bytes.length).toBe(0);
      expect(model.tables[0].words.length).toBe(0);
    });
  }
});
