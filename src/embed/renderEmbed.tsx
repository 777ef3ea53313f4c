import { createRoot } from 'react-dom/client';
import { EmbeddedExplorer } from './EmbeddedExplorer';
import type { EmbedOptions } from './embedOptions';
import { adoptEmbedStyles } from './embedStyles';
import type { ModelSource } from './modelSource';

/** A rendered embed: give it new options, or take it down. */
export interface EmbedHandle {
  update(options: EmbedOptions): void;
  unmount(): void;
}

let roots = 0;

/** Renders an embedded explorer into a shadow root, with the embed's styles adopted there. */
export function renderEmbed(
  shadow: ShadowRoot,
  options: EmbedOptions,
  source: ModelSource,
): EmbedHandle {
  adoptEmbedStyles(shadow);
  const container = document.createElement('div');
  shadow.append(container);
  // A prefix per root keeps useId ids apart even between embeds that share a tree scope.
  const root = createRoot(container, { identifierPrefix: `ts${++roots}-` });
  const render = (next: EmbedOptions) =>
    root.render(<EmbeddedExplorer options={next} source={source} />);
  render(options);
  return {
    update: render,
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}
