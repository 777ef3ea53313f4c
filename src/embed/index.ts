/**
 * The embed script (tokenscope.js, tokenscope.iife.js): defines `<token-scope>` and offers
 * `mount(element, options)`. Its CSS is bundled into the script for the shadow roots.
 */
import '../app/app.css';
import { defineTokenScope } from './defineTokenScope';
import './embed.css';

export type { EmbedOptions } from './embedOptions';
export { type MountOptions, mount, type Unmount } from './mount';
export { TokenScopeElement } from './TokenScopeElement';

defineTokenScope();
