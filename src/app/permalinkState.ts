import type { Locale } from '../i18n/locales';
import type { ChoiceKind } from '../store/types';
import { ALL_CONTROLS, type ControlName } from '../views/controls/controlNames';
import type { Mode } from './lessons';

/** The link format this page writes (`v=1`); a link without a version is read as version 1. */
export const LINK_VERSION = 1;

/** The starting text of a fresh page. */
export const DEFAULT_PROMPT = 'The jury said that the';

/** The most a link may carry: longer prompts and step lists are cut (each step costs ~2 ms). */
export const LINK_LIMITS = { promptChars: 10_000, steps: 1_000 } as const;

/** One step of a link: its token id, how it was chosen and the temperature it was chosen at. */
export interface LinkStep {
  id: number;
  how: ChoiceKind;
  temperature: number;
}

/** Everything a link or a session file holds: enough to rebuild the view token for token. */
export interface LinkState {
  mode: Mode;
  /** A bundled model's id; null for the first bundled model. */
  modelId: string | null;
  prompt: string;
  temperature: number;
  seed: number;
  topK: number;
  topP: number;
  minP: number;
  maskUnk: boolean;
  steps: LinkStep[];
  /** The parts of the explorer shown (the others are hidden). */
  controls: ReadonlySet<ControlName>;
  /** Presenter mode: the projector theme with only the essential controls. */
  presenter: boolean;
  /** The page's language; absent: the reader's own (English is never written into a link). */
  lang?: Locale;
}

/** What a page without a hash shows (the same defaults as a fresh explorer store). */
export const DEFAULT_LINK_STATE: LinkState = {
  mode: 'explore',
  modelId: null,
  prompt: DEFAULT_PROMPT,
  temperature: 1,
  seed: 42,
  topK: 0,
  topP: 1,
  minP: 0,
  maskUnk: true,
  steps: [],
  controls: ALL_CONTROLS,
  presenter: false,
};
