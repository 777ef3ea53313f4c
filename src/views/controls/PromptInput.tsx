import { useExplorer, useExplorerStore } from '../ExplorerContext';

/** The prompt: the starting text. Editing it resets the generated tokens. */
export function PromptInput() {
  const prompt = useExplorer((s) => s.prompt);
  const store = useExplorerStore();
  return (
    <div className="ts-prompt">
      <label htmlFor="ts-prompt">Prompt</label>
      <textarea
        id="ts-prompt"
        rows={3}
        value={prompt}
        spellCheck={false}
        onChange={(e) => store.getState().setPrompt(e.currentTarget.value)}
      />
    </div>
  );
}
