import type { Smoothing, TokenizerKind } from '../model/types';

/** A model the person trained or opened, as listed in the Model picker (its file is kept apart). */
export interface UserModelEntry {
  id: string;
  name: string;
  tokenizer: TokenizerKind;
  order: number;
  smoothing: Smoothing;
  /** Outcomes in the vocabulary (N + 2). */
  outcomes: number;
  /** Size of the model file. */
  byteLength: number;
  /** When it was added, in ms since 1970; the list is in this order. */
  createdAt: number;
}
