import { tinyModel } from '../../fixtures/tinyModel';

/**
 * A whitespace bigram whose greedy path from "a" is b, then x y z forever: after z, x (seen
 * twice) beats the end of the segment (seen once). Greedy ids: b x y z x y z …, so the loop
 * starts at step 2 with period 3.
 */
export const loopModel = tinyModel(['a b x y z x y z x y z', 'x y z q']);
