import type { SyntheticEvent } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { useExplorerStore } from '../ExplorerContext';
import { currentText } from './currentText';

/**
 * A link to the many-samples lesson that starts from the explorer's current text. The text is
 * written into the link only when the link is about to be used (focus, hover, press, a key, context
 * menu), not on every step: a long session's text is long.
 */
export function SampleFromHere() {
  const store = useExplorerStore();
  const m = useMessages();
  const fill = (event: SyntheticEvent<HTMLAnchorElement>) => {
    const { model, prompt, steps } = store.getState();
    const params = new URLSearchParams({
      mode: 'samples',
      prompt: currentText(model, prompt, steps),
    });
    event.currentTarget.href = `#${params.toString()}`;
  };
  return (
    <a
      className="ts-sample-link"
      href="#mode=samples"
      onFocus={fill}
      onPointerEnter={fill}
      onPointerDown={fill}
      onKeyDown={fill}
      onContextMenu={fill}
    >
      {m.sampleFromHere}
    </a>
  );
}
