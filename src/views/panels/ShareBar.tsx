import { useLocale } from '../../i18n/LocaleContext';
import { formatProbability } from '../format/formatProbability';
import { type ShareRow, shareFill } from './shareRows';

/** Slices narrower than this carry no label inside the bar (the table has every number). */
const LABEL_MIN_SHARE = 0.12;

/** Each order's share of the probability mass as one horizontal stacked bar. */
export function ShareBar({ rows }: { rows: readonly ShareRow[] }) {
  const locale = useLocale();
  return (
    <div className="ts-share-bar" aria-hidden="true">
      {rows.map((row, i) =>
        row.share > 0 ? (
          <span
            key={row.order}
            className={`ts-share-slice${i === 0 && row.order !== 0 ? ' ts-share-slice--dark' : ''}`}
            style={{ width: `${row.share * 100}%`, background: shareFill(i, row) }}
            title={`${row.name}: ${formatProbability(row.share, locale)}`}
          >
            {row.share >= LABEL_MIN_SHARE ? row.name : ''}
          </span>
        ) : null,
      )}
    </div>
  );
}
