import type { OutcomeStatus } from './outcomeStatus';

/** A sentence saying why an outcome cannot be drawn; empty for outcomes that can. */
export function describeStatus(status: OutcomeStatus): string {
  switch (status) {
    case 'kept':
      return '';
    case 'mask':
      return 'Masked: never drawn. The bar shows what the temperature alone would give it.';
    case 'zero':
      return 'Probability 0 at this temperature.';
    default:
      return `Removed by ${status}: cannot be drawn.`;
  }
}
