import { useEffect, type RefObject } from 'react';
import { useHistory } from './context.js';

/**
 * Ctrl/⌘+Z undoes and Ctrl/⌘+Shift+Z or Ctrl+Y redoes, wherever the focus is
 * in the designer (text boxes included, so that every edit goes through the
 * command stack) or on the page itself after a click on the canvas.
 */
export function useUndoShortcuts(root: RefObject<HTMLElement | null>) {
  const { undo, redo } = useHistory();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const active = document.activeElement;
      if (!root.current || !(active === document.body || root.current.contains(active))) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      if (key === 'z' && !event.shiftKey) undo();
      else redo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [root, undo, redo]);
}
