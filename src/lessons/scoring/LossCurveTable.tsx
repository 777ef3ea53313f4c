import { useMessages } from '../../i18n/LocaleContext';
import { NumbersDetails } from '../../views/NumbersDetails';
import { useLessonMessages } from '../messages/useLessonMessages';

/** Props of the loss curve's table. */
export interface LossCurveTableProps {
  /** The temperatures of the curve, ascending. */
  temperatures: readonly number[];
  /** Mean loss in bits per token at each temperature. */
  bits: ArrayLike<number>;
  /** The index of the lowest point. */
  lowest: number;
}

/** The loss-versus-temperature curve's numbers, in a disclosure, the lowest point and T = 1 named. */
export function LossCurveTable({ temperatures, bits, lowest }: LossCurveTableProps) {
  const m = useMessages();
  const lm = useLessonMessages();
  return (
    <NumbersDetails title={lm.numbersForLossCurve}>
      {() => (
        <table>
          <caption>{lm.lossTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{lm.temperatureT}</th>
              <th scope="col">{lm.lossBitsColumn}</th>
              <th scope="col" className="ts-numbers-text">
                {lm.note}
              </th>
            </tr>
          </thead>
          <tbody>
            {temperatures.map((t, i) => (
              <tr key={t}>
                <th scope="row">{m.fixed(t, 1)}</th>
                <td>{Number.isFinite(bits[i]) ? m.fixed(bits[i], 3) : '∞'}</td>
                <td className="ts-numbers-text">
                  {[i === lowest && lm.lowest, t === 1 && lm.modelAsTrained]
                    .filter(Boolean)
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </NumbersDetails>
  );
}
