// Accessible tab strip (WAI-ARIA tabs pattern): arrow keys move between tabs, the panel is labelled
// by its tab. Panels are rendered by the caller so heavy ones mount only when active.
import { useRef } from 'react';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  /** A small count or size after the label. */
  badge?: string;
}

interface TabsProps<K extends string> {
  id: string;
  tabs: TabSpec<K>[];
  active: K;
  onChange(key: K): void;
  children?: React.ReactNode;
}

export function Tabs<K extends string>({ id, tabs, active, onChange, children }: TabsProps<K>) {
  const listRef = useRef<HTMLDivElement>(null);
  const focusTab = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length]!;
    onChange(tab.key);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-tab="${tab.key}"]`)?.focus();
  };
  return (
    <div className="tabs-bar">
      <div
        className="tabs"
        role="tablist"
        ref={listRef}
        onKeyDown={(e) => {
          const i = tabs.findIndex((t) => t.key === active);
          if (e.key === 'ArrowRight') focusTab(i + 1);
          else if (e.key === 'ArrowLeft') focusTab(i - 1);
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      >
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-controls={`${id}-panel`}
            aria-selected={tab.key === active}
            tabIndex={tab.key === active ? 0 : -1}
            data-tab={tab.key}
            className="tab"
            onClick={() => onChange(tab.key)}
          >
            {tab.label}
            {tab.badge !== undefined && <span className="tab-badge">{tab.badge}</span>}
          </button>
        ))}
      </div>
      {children && <div className="tabs-extra">{children}</div>}
    </div>
  );
}
