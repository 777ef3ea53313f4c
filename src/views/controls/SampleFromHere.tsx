import { useExplorer } from '../ExplorerContext';
import { currentText } from './currentText';

/** A link to the many-samples lesson that starts from the explorer's current text. */
export function SampleFromHere() {
  const model = useExplorer((s) => s.model);
  const prompt = useExplorer((s) => s.prompt);
  const steps = useExplorer((s) => s.steps);
  const params = new URLSearchParams({
    mode: 'samples',
    prompt: currentText(model, prompt, steps),
  });
  return (
    <a className="ts-sample-link" href={`#${params.toString()}`}>
      Sample 100 continuations from here
    </a>
  );
}
