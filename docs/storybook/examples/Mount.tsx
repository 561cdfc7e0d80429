import { useEffect, useRef } from 'react';

/** Props of {@link Mount}. */
export interface MountProps {
  /** Builds the example's DOM in `root`, as host code would; may return a clean-up. */
  readonly setup: (root: HTMLElement) => (() => void) | undefined;
}

/** A host page's own DOM code, run once in a container. */
export function Mount({ setup }: MountProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    const cleanup = setup(root);
    return () => {
      cleanup?.();
      root.replaceChildren();
    };
  }, [setup]);
  return <div ref={ref} />;
}
