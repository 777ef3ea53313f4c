/**
 * The parts of the explorer a compact embed may hide. The chart, the entropy and the
 * generated text always show; everything here is shown unless a list leaves it out.
 * The names appear in URLs, `<token-scope controls="…">` and iframe flags, so they
 * change only on purpose.
 */
export const CONTROL_NAMES = [
  'prompt',
  'model',
  'temperature',
  'step',
  'play',
  'undo',
  'redo',
  'reset',
  'seed',
  'sampler',
  'export',
  'share',
  'samples',
  'cumulative',
  'why',
  'timeline',
] as const;

/** One hideable part of the explorer. */
export type ControlName = (typeof CONTROL_NAMES)[number];

/** Every part: the full page. */
export const ALL_CONTROLS: ReadonlySet<ControlName> = new Set(CONTROL_NAMES);

/** What a comma-separated list of part names shows, and the names it could not read. */
export interface ParsedControls {
  shown: ReadonlySet<ControlName>;
  unknown: string[];
}

/**
 * Reads a list such as "temperature,step" (spaces and case ignored). `all` or an absent
 * list shows everything; `none` or an empty list shows only the always-visible core.
 */
export function parseControls(list: string | null | undefined): ParsedControls {
  if (list == null) return { shown: ALL_CONTROLS, unknown: [] };
  const shown = new Set<ControlName>();
  const unknown: string[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim().toLowerCase();
    if (name === '' || name === 'none') continue;
    if (name === 'all') return { shown: ALL_CONTROLS, unknown };
    if ((CONTROL_NAMES as readonly string[]).includes(name)) shown.add(name as ControlName);
    else unknown.push(raw.trim());
  }
  return { shown, unknown };
}

/** The list that `parseControls` reads back as `shown` ("all" for everything). */
export function formatControls(shown: ReadonlySet<ControlName>): string {
  if (CONTROL_NAMES.every((name) => shown.has(name))) return 'all';
  const list = CONTROL_NAMES.filter((name) => shown.has(name));
  return list.length === 0 ? 'none' : list.join(',');
}
