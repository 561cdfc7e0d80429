import { useCallback, useEffect, useState, type RefObject } from 'react';
import { safeParseFragment, type Issue } from '../core.js';
import { copyFragment, parseFragment, pasteFragment, type Fragment } from '../editor/commands/clipboard.js';
import { useDoc, useSelection } from '../state/context.js';

/** The last copied fragment, kept so that paste works between pathways even without clipboard access. */
let memory: Fragment | undefined;

function editable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target.tagName === 'INPUT' ||
      target.tagName === 'TEXTAREA' ||
      target.tagName === 'SELECT')
  );
}

/**
 * Copy, cut, paste and duplicate of canvas nodes, through the system
 * clipboard (so pasting works between pathways and tabs) with an in-memory
 * fallback; text boxes keep their own clipboard behaviour. What is pasted is
 * read as strictly as a pathway file: a fragment that is not valid changes
 * nothing, and `refused` lists why until the next paste or `dismiss()`.
 */
export function useClipboard(root: RefObject<HTMLElement | null>) {
  const { doc, run } = useDoc();
  const { selection, select } = useSelection();
  const [refused, setRefused] = useState<readonly Issue[]>();

  const copy = useCallback(() => {
    if (selection.nodes.length === 0) return undefined;
    memory = copyFragment(doc, selection.nodes);
    return memory;
  }, [doc, selection.nodes]);

  const paste = useCallback(
    (fragment: Fragment | undefined = memory) => {
      if (!fragment || fragment.nodes.length === 0) return;
      const read = safeParseFragment(fragment);
      if (!read.ok) {
        setRefused(read.issues);
        return;
      }
      setRefused(undefined);
      run(
        pasteFragment(read.fragment, { x: 40, y: 40 }, (ids) =>
          queueMicrotask(() => select({ nodes: ids, edges: [] })),
        ),
      );
    },
    [run, select],
  );

  const duplicate = useCallback(
    (nodeIds: readonly string[] = selection.nodes) => {
      if (nodeIds.length) paste(copyFragment(doc, nodeIds));
    },
    [doc, paste, selection.nodes],
  );

  useEffect(() => {
    const inside = (event: Event) => {
      const el = root.current;
      const active = document.activeElement;
      return !!el && !editable(event.target) && (el.contains(active) || active === document.body);
    };
    const onCopy = (event: ClipboardEvent) => {
      if (!inside(event)) return;
      const fragment = copy();
      if (!fragment) return;
      event.clipboardData?.setData('text/plain', JSON.stringify(fragment));
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!inside(event)) return;
      const read = parseFragment(event.clipboardData?.getData('text/plain') ?? '');
      if (read?.ok === false) {
        event.preventDefault();
        setRefused(read.issues);
        return;
      }
      const fragment = read?.fragment ?? memory;
      if (!fragment) return;
      event.preventDefault();
      paste(fragment);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        event.key.toLowerCase() === 'd' &&
        inside(event) &&
        selection.nodes.length
      ) {
        event.preventDefault();
        duplicate();
      }
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [root, copy, paste, duplicate, selection.nodes.length]);

  return {
    copy,
    paste: () => paste(),
    duplicate,
    canPaste: () => memory !== undefined,
    refused,
    dismiss: () => setRefused(undefined),
  };
}
