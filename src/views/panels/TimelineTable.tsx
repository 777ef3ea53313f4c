import { useMemo, useState } from 'react';
import { useLocale, useMessages } from '../../i18n/LocaleContext';
import type { Messages } from '../../i18n/Messages';
import type { Step } from '../../store/types';
import { useExplorer } from '../ExplorerContext';
import { formatProbability } from '../format/formatProbability';
import { showToken } from '../format/showToken';
import { timelinePoints } from './timelinePoints';

/** Formats bits for the table; ∞ for a token outside the sampling distribution. */
function bitsText(bits: number, m: Messages): string {
  return Number.isFinite(bits) ? m.fixed(bits, 2) : '∞';
}

/** The timeline's numbers as a table, inside a disclosure: its text alternative. */
export function TimelineTable({ steps }: { steps: readonly Step[] }) {
  const vocab = useExplorer((s) => s.model.vocab);
  const m = useMessages();
  const locale = useLocale();
  // The rows are built only while the table is open: a closed table costs nothing per step.
  const [open, setOpen] = useState(false);
  const points = useMemo(() => (open ? timelinePoints(steps) : []), [open, steps]);
  return (
    <details className="ts-timeline-numbers" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{m.numbersForSteps}</summary>
      {open && (
        <table>
          <thead>
            <tr>
              <th scope="col">{m.step}</th>
              <th scope="col">{m.token}</th>
              <th scope="col">{m.probability}</th>
              <th scope="col">{m.entropyBitsColumn}</th>
              <th scope="col">{m.surprisalBitsColumn}</th>
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
                <td>{formatProbability(steps[i].p, locale)}</td>
                <td>{bitsText(point.entropyBits, m)}</td>
                <td>{bitsText(point.surprisalBits, m)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
