import { useId } from 'react';
import { useMessages } from '../../i18n/LocaleContext';

import { useExplorer, useExplorerStore } from '../ExplorerContext';

/** The prompt: the starting text. Editing it resets the generated tokens. */
export function PromptInput() {
  const prompt = useExplorer((s) => s.prompt);
  const store = useExplorerStore();
  const id = useId();
  const m = useMessages();
  return (
    <div className="ts-prompt">
      <label htmlFor={id}>{m.prompt}</label>
      <textarea
        id={id}
        rows={3}
        value={prompt}
        spellCheck={false}
        onChange={(e) => store.getState().setPrompt(e.currentTarget.value)}
      />
    </div>
  );
}
