import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One tab of {@link Tabs}. */
export interface TabSpec {
  readonly id: string;
  readonly label: ReactNode;
  readonly content: ReactNode;
}

/**
 * Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move
 * between tabs; only the chosen panel is rendered.
 */
export function Tabs({
  label,
  tabs,
  selected,
  onSelect,
  className,
}: {
  label: string;
  tabs: readonly TabSpec[];
  selected?: string;
  onSelect?: (id: string) => void;
  className?: string;
}) {
  const base = useId();
  const [own, setOwn] = useState(tabs[0]?.id ?? '');
  const current = selected ?? own;
  const choose = (id: string) => {
    setOwn(id);
    onSelect?.(id);
  };
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === current);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[to];
    if (!tab) return;
    event.preventDefault();
    choose(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  const active = tabs.find((t) => t.id === current) ?? tabs[0];
  return (
    <div className={`cw-tabs${className ? ` ${className}` : ''}`}>
      <div role="tablist" aria-label={label} className="cw-tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${base}-${tab.id}-tab`}
            aria-selected={tab.id === active?.id}
            aria-controls={`${base}-${tab.id}-panel`}
            tabIndex={tab.id === active?.id ? 0 : -1}
            onClick={() => choose(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {active && (
        <div
          role="tabpanel"
          id={`${base}-${active.id}-panel`}
          aria-labelledby={`${base}-${active.id}-tab`}
          className="cw-tabs__panel"
          tabIndex={0}
        >
          {active.content}
        </div>
      )}
    </div>
  );
}
