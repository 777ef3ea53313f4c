import type { ControlName } from '../views/controls/controlNames';

/** What presenter mode keeps: the prompt, temperature and the playback buttons. */
export const PRESENTER_PARTS: ReadonlySet<ControlName> = new Set<ControlName>([
  'prompt',
  'temperature',
  'step',
  'play',
  'undo',
  'redo',
  'reset',
]);

/** The parts shown: those a link or embed asks for, cut to the essentials in presenter mode. */
export function presenterParts(
  shown: ReadonlySet<ControlName>,
  presenter: boolean,
): ReadonlySet<ControlName> {
  return presenter ? new Set([...shown].filter((name) => PRESENTER_PARTS.has(name))) : shown;
}
