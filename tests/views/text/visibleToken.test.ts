import { describe, expect, it } from 'vitest';
import { visibleToken } from '../../../src/views/text/visibleToken';

describe('visibleToken', () => {
  it('visibleToken(token) keeps a leading space real and shows newlines as ⏎ with a break', () => {
    expect(visibleToken(' the', null)).toEqual({ text: ' the', breaks: 0 });
    expect(visibleToken('\n', null)).toEqual({ text: '⏎', breaks: 1 });
    expect(visibleToken('\n\n', null)).toEqual({ text: '⏎⏎', breaks: 2 });
    expect(visibleToken('a\tb', null)).toEqual({ text: 'a→b', breaks: 0 });
  });

  it('visibleToken(token) shows a token of spaces alone as ·, which would otherwise vanish', () => {
    expect(visibleToken('   ', null)).toEqual({ text: '···', breaks: 0 });
    expect(visibleToken('\n  ', null)).toEqual({ text: '⏎··', breaks: 1 });
  });

  it('visibleToken(token) shows a token of invisible characters alone by their codes', () => {
    expect(visibleToken('\u200D', null)).toEqual({ text: 'U+200D', breaks: 0 });
    expect(visibleToken(' \u202E', null)).toEqual({ text: '·U+202E', breaks: 0 });
    expect(visibleToken('a\u200Db', null).text).toBe('a\u200Db');
  });

  it('visibleToken(token, special) marks the end of a segment with ¶ and a break', () => {
    expect(visibleToken('<eos>', 'eos')).toEqual({ text: '¶', breaks: 1 });
    expect(visibleToken('<unk>', 'unk')).toEqual({ text: '‹unk›', breaks: 0 });
    expect(visibleToken('<eos>', null).text).toBe('<eos>');
  });
});
