import type { EmbedOptions } from './embedOptions';
import { modelSource } from './modelSource';
import { renderEmbed } from './renderEmbed';
import { SCRIPT_BASE } from './scriptBase';

/** Options of `mount()`: the embed options, and where the models are. */
export interface MountOptions extends EmbedOptions {
  /** The folder (URL) holding models/; by default the folder the script was loaded from. */
  base?: string;
}

/** Takes a mounted explorer down; `update` gives it new options (the models stay where they were). */
export interface Unmount {
  (): void;
  update(options: EmbedOptions): void;
}

/**
 * Mounts an explorer inside `element`, in a shadow root of its own (the page's CSS cannot reach
 * it and its CSS stays inside). Returns the function that removes it again.
 */
export function mount(element: Element, options: MountOptions = {}): Unmount {
  const host = document.createElement('div');
  host.className = 'tokenscope';
  element.append(host);
  const base = options.base ? new URL(options.base, document.baseURI).href : SCRIPT_BASE;
  const handle = renderEmbed(host.attachShadow({ mode: 'open' }), options, modelSource(base));
  const unmount = () => {
    handle.unmount();
    host.remove();
  };
  return Object.assign(unmount, { update: (next: EmbedOptions) => handle.update(next) });
}
