import type { Locale } from '../i18n/locales';
import type { ExplorerState } from '../store/types';
import type { ControlName } from '../views/controls/controlNames';
import type { LinkState } from './permalinkState';

/**
 * The link state of an explorer: its inputs, every step, the parts shown, presenter mode and the
 * page's language (none: the reader's own).
 */
export function linkStateOf(
  s: ExplorerState,
  controls: ReadonlySet<ControlName>,
  presenter = false,
  lang?: Locale,
): LinkState {
  return {
    ...(lang && { lang }),
    mode: 'explore',
    modelId: s.modelId,
    prompt: s.prompt,
    temperature: s.temperature,
    seed: s.seed,
    topK: s.topK,
    topP: s.topP,
    minP: s.minP,
    maskUnk: s.maskUnk,
    steps: s.steps.map((step) => ({
      id: step.id,
      how: step.how,
      temperature: step.temperature ?? s.temperature,
    })),
    controls,
    presenter,
  };
}
