import { NumbersDetails } from '../../views/NumbersDetails';

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
  return (
    <NumbersDetails title="Numbers for the loss curve">
      {() => (
        <table>
          <caption>Mean loss at each temperature</caption>
          <thead>
            <tr>
              <th scope="col">Temperature T</th>
              <th scope="col">Loss (bits per token)</th>
              <th scope="col" className="ts-numbers-text">
                Note
              </th>
            </tr>
          </thead>
          <tbody>
            {temperatures.map((t, i) => (
              <tr key={t}>
                <th scope="row">{t.toFixed(1)}</th>
                <td>{Number.isFinite(bits[i]) ? bits[i].toFixed(3) : '∞'}</td>
                <td className="ts-numbers-text">
                  {[i === lowest && 'lowest', t === 1 && 'the model as trained']
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
