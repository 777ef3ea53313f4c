import { describe, expect, it } from 'vitest';
import { hashForMode, LESSONS, modeFromHash, promptFromHash } from '../../src/app/lessons';

describe('lessons', () => {
  it('modeFromHash(hash) reads the mode and falls back to the explorer', () => {
    expect(modeFromHash('#mode=loop')).toBe('loop');
    expect(modeFromHash('#mode=loop&seed=3')).toBe('loop');
    expect(modeFromHash('')).toBe('explore');
    expect(modeFromHash('#mode=<script>')).toBe('explore');
    expect(modeFromHash('#%E0%A4%A')).toBe('explore');
  });

  it('hashForMode(mode) round-trips through modeFromHash for every lesson', () => {
    for (const lesson of LESSONS) expect(modeFromHash(hashForMode(lesson.mode))).toBe(lesson.mode);
  });
});

describe('LESSONS', () => {
  it('LESSONS lists the explorer and the four lessons of issue 4, each with one sentence', () => {
    expect(LESSONS.map((l) => l.mode)).toEqual(['explore', 'loop', 'score', 'entropy', 'samples']);
    for (const lesson of LESSONS) expect(lesson.shows).toMatch(/^[A-Z].*\.$/);
  });
});

describe('promptFromHash', () => {
  it('promptFromHash(hash) reads an encoded prompt, line breaks and all', () => {
    const hash = `#${new URLSearchParams({ mode: 'samples', prompt: 'a & b\n\n"c"' })}`;
    expect(promptFromHash(hash)).toBe('a & b\n\n"c"');
    expect(promptFromHash('#mode=samples')).toBeNull();
  });
});
