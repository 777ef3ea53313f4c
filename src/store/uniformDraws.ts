import { createRng, type Rng } from '../sampling/createRng';

/**
 * The uniform draws of a seed: draw i is the i-th `nextFloat()` of `createRng(seed)`, so step i
 * uses the same dart after an undo, a rewind or a reload, and the command line agrees.
 */
export function uniformDraws(seed: number): (index: number) => number {
  let rng: Rng = createRng(seed);
  let position = 0;
  return (index) => {
    if (index < position) {
      rng = createRng(seed);
      position = 0;
    }
    while (position < index) {
      rng.nextFloat();
      position++;
    }
    position++;
    return rng.nextFloat();
  };
}
