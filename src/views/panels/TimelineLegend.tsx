import { useMessages } from '../../i18n/LocaleContext';

/** The timeline's two series, told apart by line style and marker shape as well as colour. */
export function TimelineLegend() {
  const m = useMessages();
  return (
    <ul className="ts-timeline-legend">
      <li>
        <svg width="28" height="12" aria-hidden="true">
          <line className="ts-series-entropy" x1="0" x2="28" y1="6" y2="6" />
          <circle className="ts-series-entropy" cx="14" cy="6" r="3.5" />
        </svg>{' '}
        {m.legendEntropy}
      </li>
      <li>
        <svg width="28" height="12" aria-hidden="true">
          <line className="ts-series-surprisal" x1="0" x2="28" y1="6" y2="6" />
          <rect className="ts-series-surprisal" x="10.5" y="2.5" width="7" height="7" />
        </svg>{' '}
        {m.legendSurprisal}
      </li>
    </ul>
  );
}
