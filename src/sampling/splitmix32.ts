/**
 * splitmix32: a generator of uint32 words used only to expand a seed into xoshiro128** state.
 *
 * Each call adds the golden-ratio increment 0x9e3779b9 to a 32-bit counter (mod 2^32) and
 * returns the counter mixed by: z ^= z >>> 16; z *= 0x21f0aaad; z ^= z >>> 15; z *= 0x735a2d97;
 * z ^= z >>> 15 (multiplications mod 2^32). The mix is a bijection, so successive outputs differ.
 */
export function splitmix32(seed: number): () => number {
  let counter = seed >>> 0;
  return () => {
    counter = (counter + 0x9e3779b9) >>> 0;
    let z = counter;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}
