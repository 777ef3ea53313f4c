import { describe, expect, it } from 'vitest';
import { sessionFile } from '../../src/app/permalinkSessionFile';
import { readSessionFile } from '../../src/app/permalinkSessionRead';
import { DEFAULT_LINK_STATE, type LinkState } from '../../src/app/permalinkState';

const vocab = ['the', ' cat', ' sat', '<unk>', '<eos>'];
const state: LinkState = {
  ...DEFAULT_LINK_STATE,
  modelId: 'tiny',
  prompt: 'A "quoted"\n\nprompt',
  temperature: 0.5,
  seed: 9,
  topK: 3,
  steps: [
    { id: 1, how: 'sampled', temperature: 1 },
    { id: 2, how: 'chosen', temperature: 0.5 },
    { id: 4, how: 'greedy', temperature: 0 },
  ],
};

describe('sessionFile', () => {
  it('sessionFile(state, vocab) writes every input and each step with its token', () => {
    const file = JSON.parse(sessionFile(state, vocab));
    expect(file).toEqual({
      format: 'tokenscope-session',
      version: 1,
      model: 'tiny',
      prompt: 'A "quoted"\n\nprompt',
      temperature: 0.5,
      seed: 9,
      topK: 3,
      topP: 1,
      minP: 0,
      maskUnk: true,
      steps: [
        { id: 1, token: ' cat', how: 'sampled', temperature: 1 },
        { id: 2, token: ' sat', how: 'chosen', temperature: 0.5 },
        { id: 4, token: '<eos>', how: 'greedy', temperature: 0 },
      ],
    });
  });
});

describe('readSessionFile', () => {
  it('readSessionFile(sessionFile(state)) gives the state back with the saved tokens', () => {
    expect(readSessionFile(sessionFile(state, vocab))).toEqual({
      state,
      tokens: [' cat', ' sat', '<eos>'],
    });
  });

  it('readSessionFile(text) refuses text that is not JSON or not a session, saying why', () => {
    expect(readSessionFile('{"format":')).toEqual({
      errors: [expect.stringMatching(/^it is not JSON \(/)],
    });
    expect(readSessionFile('[1, 2]')).toEqual({
      errors: ['it is not a Tokenscope session (no "format": "tokenscope-session")'],
    });
    expect(readSessionFile('{"format": "tokenscope-session", "version": 2}')).toEqual({
      errors: ['its version 2 is not 1, the one this page reads'],
    });
  });

  it('readSessionFile(text) lists every wrong field and loads none of it', () => {
    const file = JSON.parse(sessionFile(state, vocab));
    const bad = {
      ...file,
      model: '../x',
      temperature: '0.5',
      topP: 0,
      maskUnk: 1,
      steps: [file.steps[0], { id: -1, how: 'sampled', temperature: 1 }],
    };
    expect(readSessionFile(JSON.stringify(bad))).toEqual({
      errors: [
        'model "../x" is not a model name',
        'temperature "0.5" is not a number from 0 to 3',
        'topP 0 is not a number above 0, at most 1',
        'maskUnk 1 is not true or false',
        'step 2 {"id":-1,"how":"sampled","temperature":1… is not {"id", "token", "how": sampled, greedy or chosen, "temperature"}',
      ],
    });
    expect(readSessionFile(JSON.stringify({ ...file, steps: 'a_b' })).errors).toEqual([
      'steps is not a list of at most 1000 steps',
    ]);
  });
});
