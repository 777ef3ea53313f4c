import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/app/permalink';
import { DEFAULT_LINK_STATE, LINK_LIMITS, type LinkState } from '../../src/app/permalinkState';
import { decodeSteps, encodeSteps } from '../../src/app/permalinkSteps';
import { createExplorerStore } from '../../src/store/createExplorerStore';
import { parseControls } from '../../src/views/controls/controlNames';
import { tinyModel } from '../fixtures/tinyModel';

const session: LinkState = {
  mode: 'explore',
  modelId: 'brown-word',
  prompt: 'Once & for all = 100% #1\n\n"quoted" <b>x</b> ünïcødé 🐱',
  temperature: 0.8,
  seed: -3,
  topK: 40,
  topP: 0.95,
  minP: 0.05,
  maskUnk: false,
  steps: [
    { id: 10, how: 'sampled', temperature: 1 },
    { id: 11, how: 'sampled', temperature: 1 },
    { id: 12001, how: 'chosen', temperature: 1 },
    { id: 0, how: 'greedy', temperature: 0 },
    { id: 35, how: 'sampled', temperature: 0.8 },
    { id: 36, how: 'chosen', temperature: 0.8 },
  ],
  controls: parseControls('temperature,step,share').shown,
  presenter: true,
};

describe('encodeState', () => {
  it('encodeState(state) writes a short readable hash that decodeState reads back exactly', () => {
    const hash = encodeState(session);
    expect(hash).toMatch(
      /^#mode=explore&model=brown-word&t=0\.8&seed=-3&k=40&p=0\.95&minp=0\.05&unk=0&prompt=Once\+%26\+for\+all/,
    );
    expect(hash).toContain(
      '&steps=T1_a_b_99d*_T0_0_T0.8_z_10*&controls=temperature,step,share&presenter=1&v=1',
    );
    expect(decodeState(hash)).toEqual({ state: session, problems: [] });
  });

  it('encodeState(defaults) leaves out the model, the steps and the controls', () => {
    const hash = encodeState(DEFAULT_LINK_STATE);
    expect(hash).toBe(
      '#mode=explore&t=1&seed=42&k=0&p=1&minp=0&unk=1&prompt=The+jury+said+that+the&v=1',
    );
    expect(decodeState(hash)).toEqual({ state: DEFAULT_LINK_STATE, problems: [] });
  });
});

describe('decodeState', () => {
  it('decodeState("") gives the defaults of a fresh explorer and no problems', () => {
    const { state, problems } = decodeState('');
    expect(problems).toEqual([]);
    expect(state).toEqual(DEFAULT_LINK_STATE);
    const store = createExplorerStore({ model: tinyModel(['a b']), modelId: 'x' }).getState();
    const { temperature, seed, topK, topP, minP, maskUnk } = store;
    expect({ temperature, seed, topK, topP, minP, maskUnk }).toEqual({
      temperature: state.temperature,
      seed: state.seed,
      topK: state.topK,
      topP: state.topP,
      minP: state.minP,
      maskUnk: state.maskUnk,
    });
  });

  it('decodeState(lesson link) reads the existing #mode=… and #mode=samples&prompt=… links', () => {
    expect(decodeState('#mode=loop')).toMatchObject({ state: { mode: 'loop' }, problems: [] });
    expect(decodeState('mode=samples&prompt=a+%26+b')).toMatchObject({
      state: { mode: 'samples', prompt: 'a & b' },
      problems: [],
    });
  });

  it('decodeState(hostile hash) keeps the text literal and says what it could not read', () => {
    const { state, problems } = decodeState(
      '#prompt=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&t=abc&steps=zz!!',
    );
    expect(state).toEqual({ ...DEFAULT_LINK_STATE, prompt: '<img src=x onerror=alert(1)>' });
    expect(problems).toEqual([
      'temperature "abc" is not a number from 0 to 3 (used 1)',
      'step 1 "zz!!" is not a token id (kept the 0 steps before it)',
    ]);
  });

  it('decodeState(hash) rejects NaN, infinities, hex, negatives and out-of-range values', () => {
    const { state, problems } = decodeState(
      '#t=NaN&seed=1e300&k=-1&p=0&minp=0x1&unk=yes&mode=%3Cscript%3E&model=a%20b',
    );
    expect(state).toEqual(DEFAULT_LINK_STATE);
    expect(problems).toEqual([
      'mode "<script>" is not a lesson (showed the explorer)',
      'model "a b" is not a model name (used the first model)',
      'temperature "NaN" is not a number from 0 to 3 (used 1)',
      'seed "1e300" is not a whole number (used 42)',
      'top-k "-1" is not a whole number, 0 or more (used 0)',
      'top-p "0" is not a number above 0, at most 1 (used 1)',
      'min-p "0x1" is not a number from 0 to 1 (used 0)',
      'unk "yes" is not 1 or 0 (used 1)',
    ]);
    expect(decodeState('#t=1e309').state.temperature).toBe(1);
    expect(decodeState('#t=3&seed=-7&k=5').state).toMatchObject({
      temperature: 3,
      seed: -7,
      topK: 5,
    });
  });

  it('decodeState(hash) survives bad percent-encoding and keeps what it can read', () => {
    const { state, problems } = decodeState('#prompt=100%25%ZZ%E0%A4%A&t=0.5');
    expect(state.prompt).toBe('100%%ZZ\uFFFD%A');
    expect(state.temperature).toBe(0.5);
    expect(problems).toEqual([]);
  });

  it('decodeState(hash) names unknown keys, repeated keys, unknown parts and newer versions', () => {
    const { state, problems } = decodeState('#foo=1&t=0.5&t=2&a=&b=&c=&controls=step,bogus&v=2');
    expect(state.temperature).toBe(0.5);
    expect([...state.controls]).toEqual(['step']);
    expect(problems).toEqual([
      't is given 2 times (used the first)',
      expect.stringMatching(/^controls "bogus" is not a part \(known: prompt, model, /),
      'format version "2" is not 1 (read what this page knows)',
      '"foo", "a", "b" and 1 more are not settings (ignored)',
    ]);
  });

  it('decodeState(1 MB hash) cuts the prompt and the steps to their limits and says so', () => {
    const prompt = 'x'.repeat(1_000_000);
    expect(decodeState(`#prompt=${prompt}`)).toEqual({
      state: { ...DEFAULT_LINK_STATE, prompt: prompt.slice(0, LINK_LIMITS.promptChars) },
      problems: ['the prompt is longer than 10000 characters (kept the first 10000)'],
    });
    const { state, problems } = decodeState(`#steps=${'a_'.repeat(500_000)}`);
    expect(state.steps).toHaveLength(LINK_LIMITS.steps);
    expect(problems).toEqual(['the link has more than 1000 steps (kept the first 1000)']);
  });
});

describe('decodeSteps', () => {
  it('decodeSteps(text, T) reads ids, hand-chosen marks and temperature changes', () => {
    expect(decodeSteps('a_T0_b_c*_T2.5_d__', 1)).toEqual({
      steps: [
        { id: 10, how: 'sampled', temperature: 1 },
        { id: 11, how: 'greedy', temperature: 0 },
        { id: 12, how: 'chosen', temperature: 0 },
        { id: 13, how: 'sampled', temperature: 2.5 },
      ],
      problem: null,
    });
  });

  it('decodeSteps(text, T) stops at the first part it cannot read and keeps the steps before it', () => {
    expect(decodeSteps('a_b_T9_c', 1)).toEqual({
      steps: [
        { id: 10, how: 'sampled', temperature: 1 },
        { id: 11, how: 'sampled', temperature: 1 },
      ],
      problem: 'step 3 temperature "9" is not a number from 0 to 3 (kept the 2 steps before it)',
    });
    expect(decodeSteps('a_B_c', 1).problem).toBe(
      'step 2 "B" is not a token id (kept the 1 step before it)',
    );
    expect(decodeSteps('12345678', 1).steps).toEqual([]);
  });

  it('encodeSteps(steps, T) marks a temperature only where it changes', () => {
    expect(encodeSteps(session.steps.slice(4), 0.8)).toBe('z_10*');
    expect(encodeSteps([], 0.8)).toBe('');
  });
});
