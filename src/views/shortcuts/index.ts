export { isTyping } from './isTyping';
export { type Shortcut, ShortcutContext, useShortcut } from './ShortcutContext';
export { ShortcutHelp } from './ShortcutHelp';
export { ShortcutsProvider } from './ShortcutsProvider';
