import { useId } from 'react';
import { useExplorer, useExplorerStore } from '../ExplorerContext';

/** The prompt: the starting text. Editing it resets the generated tokens. */
export function PromptInput() {
  const prompt = useExplorer((s) => s.prompt);
  const store = useExplorerStore();
  const id = useId();
  return (
    <div className="ts-prompt">
      <label htmlFor={id}>Prompt</label>
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
