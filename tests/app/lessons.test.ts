import { describe, expect, it } from 'vitest';
import { hashForMode, LESSONS, modeFromHash } from '../../src/app/lessons';

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
