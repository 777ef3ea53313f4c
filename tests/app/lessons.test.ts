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
