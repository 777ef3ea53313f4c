import { TokenScopeElement } from './TokenScopeElement';

/** Registers `<token-scope>` once, however many copies of the script a page loads. */
export function defineTokenScope(): void {
  if (typeof customElements === 'undefined' || customElements.get('token-scope')) return;
  customElements.define('token-scope', TokenScopeElement);
}
