import { describe, expect, it } from 'vitest';
import {
  ALL_CONTROLS,
  CONTROL_NAMES,
  formatControls,
  parseControls,
} from '../../../src/views/controls/controlNames';

describe('parseControls', () => {
  it('shows everything when no list is given or the list says all', () => {
    expect(parseControls(null).shown).toBe(ALL_CONTROLS);
    expect(parseControls(undefined).shown).toBe(ALL_CONTROLS);
    expect(parseControls('all').shown).toBe(ALL_CONTROLS);
  });

  it('shows only the named parts, ignoring case and spaces', () => {
    const { shown, unknown } = parseControls(' Temperature , step');
    expect([...shown].sort()).toEqual(['step', 'temperature']);
    expect(unknown).toEqual([]);
  });

  it('reports names it does not know and keeps the ones it does', () => {
    const { shown, unknown } = parseControls('step,<img src=x>,bogus');
    expect([...shown]).toEqual(['step']);
    expect(unknown).toEqual(['<img src=x>', 'bogus']);
  });

  it('reads "none" and an empty list as the core only', () => {
    expect(parseControls('none').shown.size).toBe(0);
    expect(parseControls('').shown.size).toBe(0);
  });
});

describe('formatControls', () => {
  it('round-trips through parseControls', () => {
    for (const list of ['all', 'none', 'step', 'temperature,step,export']) {
      const { shown } = parseControls(list);
      expect(parseControls(formatControls(shown)).shown).toEqual(shown);
    }
    expect(formatControls(new Set(CONTROL_NAMES))).toBe('all');
    expect(formatControls(new Set())).toBe('none');
  });
});
