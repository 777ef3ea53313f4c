import type { EmbedOptions } from './embedOptions';
import { modelSource } from './modelSource';
import { type EmbedHandle, renderEmbed } from './renderEmbed';
import { SCRIPT_BASE } from './scriptBase';

/** The attributes `<token-scope>` reads; a change to any of them updates the view. */
export const EMBED_ATTRIBUTES = [
  'model',
  'prompt',
  'temperature',
  'seed',
  'steps',
  'controls',
  'height',
  'lang',
] as const;

/**
 * `<token-scope prompt="…" temperature="0.8" seed="42" steps="12" controls="temperature,step" lang="de">`:
 * an explorer in its own shadow root, with its own store, models found beside the script.
 */
export class TokenScopeElement extends HTMLElement {
  static readonly observedAttributes = EMBED_ATTRIBUTES;
  #handle: EmbedHandle | null = null;

  connectedCallback(): void {
    if (this.#handle) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.#handle = renderEmbed(shadow, this.#options(), modelSource(SCRIPT_BASE));
  }

  attributeChangedCallback(): void {
    this.#handle?.update(this.#options());
  }

  disconnectedCallback(): void {
    // Moving the element disconnects and reconnects it at once: keep its state then.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#handle?.unmount();
      this.#handle = null;
    });
  }

  #options(): EmbedOptions {
    const options: Record<string, string> = {};
    for (const name of EMBED_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) options[name] = value;
    }
    return options;
  }
}
