import type { ReactNode } from 'react';
import './ScrollBox.css';

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen, instead
 * of widening the page. It takes the focus, so a keyboard can scroll it too; `label` names it.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs keyboard access
    <section className="ts-scroll-box" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
