import { type ReactNode, useState } from 'react';
import './NumbersDetails.css';

/**
 * A disclosure, "Numbers for …", holding a chart's data table: its text alternative, reached by
 * Tab and opened with Enter or Space. The table is built only while it is open, so a closed one
 * costs nothing per step or slider move.
 */
export function NumbersDetails({ title, children }: { title: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="ts-numbers" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {open && children()}
    </details>
  );
}
