import { en } from '../../i18n/en';
import type { Messages } from '../../i18n/Messages';
import type { OutcomeStatus } from './outcomeStatus';

/** A sentence saying why an outcome cannot be drawn (in `m`'s language); empty for outcomes that can. */
export function describeStatus(status: OutcomeStatus, m: Messages = en): string {
  switch (status) {
    case 'kept':
      return '';
    case 'mask':
      return m.statusMasked;
    case 'zero':
      return m.statusZero;
    default:
      return m.statusRemoved(status);
  }
}
