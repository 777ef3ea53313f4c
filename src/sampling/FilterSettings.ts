/** Which filters to apply, each off by default; applied in the order mask → topK → topP → minP. */
export interface FilterSettings {
  /** Keep only the k most probable tokens (exactly k, lowest id first on ties); 0 = off. */
  readonly topK?: number;
  /** Keep the shortest most-probable prefix whose mass reaches topP, at least one token; 1 = off. */
  readonly topP?: number;
  /** Keep tokens with probability ≥ minP × the top probability; 0 = off. */
  readonly minP?: number;
  /** Token ids removed before any other filter. */
  readonly maskedIds?: ArrayLike<number>;
}
