import { useMemo, useState } from 'react';
import type { Step } from '../../store/types';
import { useExplorer } from '../ExplorerContext';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { timelinePoints } from './timelinePoints';

/** Formats bits for the table; ∞ for a token outside the sampling distribution. */
function bitsText(bits: number): string {
  return Number.isFinite(bits) ? bits.toFixed(2) : '∞';
}

/** The timeline's numbers as a table, inside a disclosure: its text alternative. */
export function TimelineTable({ steps }: { steps: readonly Step[] }) {
  const vocab = useExplorer((s) => s.model.vocab);
  // The rows are built only while the table is open: a closed table costs nothing per step.
  const [open, setOpen] = useState(false);
  const points = useMemo(() => (open ? timelinePoints(steps) : []), [open, steps]);
  return (
    <details className="ts-timeline-numbers" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Numbers for each step</summary>
      {open && (
        <table>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Token</th>
              <th scope="col">Probability</th>
              <th scope="col">Entropy (bits)</th>
              <th scope="col">Surprisal (bits)</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, i) => (
              <tr key={point.step}>
                <th scope="row">{point.step}</th>
                <td>
                  <code>
                    {showToken(vocab[steps[i].id] ?? '', steps[i].id >= vocab.length - 2)}
                  </code>
                </td>
                <td>{formatProbability(steps[i].p)}</td>
                <td>{bitsText(point.entropyBits)}</td>
                <td>{bitsText(point.surprisalBits)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
