// Full-text search (through the store's FTS index) plus quick filters. Typing is debounced so each
// keystroke does not hit the store; the filters apply at once.
import { forwardRef, useEffect, useState } from 'react';
import { Icon } from '../../components/Icon';
import { Kbd, modKey } from '../../components/Kbd';
import { ProviderOptions } from '../../components/ProviderOptions';
import { usePayloadFamilies } from '../../state/use-providers';

import { parseStatusFilter, type CaptureFilters } from '../../model/capture-filters';
import frame from '../layout/workspace.module.css';
import styles from './SearchBar.module.css';

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const debounceMs = 180;

interface SearchBarProps {
  filters: CaptureFilters;
  onChange(filters: CaptureFilters): void;
  /** Esc in the search box hands focus back to the list. */
  onLeave(): void;
}

export const SearchBar = forwardRef<HTMLInputElement, SearchBarProps>(function SearchBar(
  { filters, onChange, onLeave },
  ref,
) {
  const families = usePayloadFamilies();
  const [query, setQuery] = useState(filters.query);
  const [path, setPath] = useState(filters.pathPrefix);
  const [status, setStatus] = useState(filters.status === null ? '' : String(filters.status));

  // Debounce the text fields into filters.
  useEffect(() => {
    const parsedStatus = parseStatusFilter(status);
    if (query === filters.query && path === filters.pathPrefix && parsedStatus === filters.status) return;
    const t = setTimeout(
      () => onChange({ ...filters, query, pathPrefix: path, status: parsedStatus }),
      debounceMs,
    );
    return () => clearTimeout(t);
  }, [query, path, status, filters, onChange]);

  const statusInvalid = status.trim() !== '' && parseStatusFilter(status) === null;

  return (
    <div className={styles['search-bar']} role="search">
      <label className={frame['search-field']}>
        <Icon name="search" />
        <span className="visually-hidden">Search captures</span>
        <input
          ref={ref}
          type="search"
          className={frame['search-input']}
          placeholder="Search bodies, headers, paths"
          title={`Full-text search (/ or ${modKey}+K)`}
          value={query}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              if (query) setQuery('');
              else onLeave();
            } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
              e.preventDefault();
              onLeave();
            }
          }}
          data-testid="search-input"
        />
        {!query && (
          <span className={styles['search-hint']} aria-hidden="true">
            <Kbd>/</Kbd>
          </span>
        )}
      </label>
      <div className={styles['quick-filters']}>
        <label className="filter">
          <span className="visually-hidden">Method</span>
          <select
            value={filters.method ?? ''}
            onChange={(e) => onChange({ ...filters, method: e.target.value || null })}
            data-testid="filter-method"
            className={filters.method ? styles['is-active'] : undefined}
          >
            <option value="">Method</option>
            {methods.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span className="visually-hidden">Path starts with</span>
          <input
            type="text"
            className={`${styles['filter-path']} mono ${path ? styles['is-active'] : ''}`}
            placeholder="/path…"
            value={path}
            spellCheck={false}
            onChange={(e) => setPath(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && onLeave()}
            data-testid="filter-path"
          />
        </label>
        <label className="filter">
          <span className="visually-hidden">Response status</span>
          <input
            type="text"
            className={`${styles['filter-status']} mono ${status && !statusInvalid ? styles['is-active'] : ''}`}
            placeholder="status"
            title="A status (404) or a class (4xx)"
            maxLength={3}
            value={status}
            aria-invalid={statusInvalid || undefined}
            onChange={(e) => setStatus(e.target.value.replace(/[^\dxX]/g, ''))}
            onKeyDown={(e) => e.key === 'Escape' && onLeave()}
            data-testid="filter-status"
          />
        </label>
        <label className="filter">
          <span className="visually-hidden">Signed by</span>
          <select
            value={filters.provider ?? ''}
            onChange={(e) => onChange({ ...filters, provider: e.target.value || null })}
            title="Only captures signed by this provider"
            data-testid="filter-provider"
            className={filters.provider ? styles['is-active'] : undefined}
          >
            <option value="">Signer</option>
            <ProviderOptions />
          </select>
        </label>
        <label className="filter">
          <span className="visually-hidden">Payload family</span>
          <select
            value={filters.payloadFamily ?? ''}
            onChange={(e) => onChange({ ...filters, payloadFamily: e.target.value || null })}
            title="Only captures whose body decodes as this payload family"
            data-testid="filter-payload-family"
            className={filters.payloadFamily ? styles['is-active'] : undefined}
          >
            <option value="">Payload</option>
            {(families ?? []).map((f) => (
              <option key={f.id} value={f.id}>
                {f.id}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={`${styles['filter-toggle']} ${filters.failuresOnly ? styles['is-active'] : ''}`}
          aria-pressed={filters.failuresOnly}
          title="Show only captures the sender’s verifier would reject: the signature does not match, or it is valid but stale"
          onClick={() => onChange({ ...filters, failuresOnly: !filters.failuresOnly })}
          data-testid="filter-failures"
        >
          Failures
        </button>
      </div>
    </div>
  );
});
