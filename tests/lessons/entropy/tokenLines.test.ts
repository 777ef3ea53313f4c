import { describe, expect, it } from 'vitest';
import { tokenLines } from '../../../src/lessons/entropy/tokenLines';

describe('tokenLines', () => {
  it('tokenLines keeps a word token on one line with its real leading space', () => {
    expect(tokenLines(' cat', null)).toEqual([' cat']);
  });

  it('tokenLines ends a line at each newline with ⏎ and shows the indentation after it as ·', () => {
    expect(tokenLines('\n   ', null)).toEqual(['⏎', '···']);
    expect(tokenLines(',\r\n\n', null)).toEqual([',⏎', '⏎', '']);
  });

  it('tokenLines shows the end of a segment as ¶ and an unknown token as its own text', () => {
    expect(tokenLines('', 'eos')).toEqual(['¶']);
    expect(tokenLines(' zebra', 'unk')).toEqual([' zebra']);
  });
});
