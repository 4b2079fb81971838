// Full-text search (through the store's FTS index) plus quick filters. Typing is debounced so each
// keystroke does not hit the store; the filters apply at once.
import { forwardRef, useEffect, useState } from 'react';
import { SearchInput } from '../../components/form/SearchInput';
import { SelectInput, TextInput } from '../../components/form/inputs';
import { Kbd, modKey } from '../../components/Kbd';
import { ProviderOptions } from '../../components/ProviderOptions';
import { usePayloadFamilies } from '../../state/use-providers';

import { parseStatusFilter, type CaptureFilters } from '../../model/capture-filters';
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
      <SearchInput
        ref={ref}
        label="Search captures"
        hint={<Kbd>/</Kbd>}
        placeholder="Search bodies, headers, paths"
        title={`Full-text search (/ or ${modKey}+K)`}
        value={query}
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
      <div className={styles['quick-filters']}>
        <SelectInput
          compact
          active={filters.method !== null}
          aria-label="Method"
          className={styles['filter-select']}
          value={filters.method ?? ''}
          onChange={(e) => onChange({ ...filters, method: e.target.value || null })}
          data-testid="filter-method"
        >
          <option value="">Method</option>
          {methods.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </SelectInput>
        <TextInput
          compact
          active={path !== ''}
          aria-label="Path starts with"
          className={styles['filter-path']}
          placeholder="/path…"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onLeave()}
          data-testid="filter-path"
        />
        <TextInput
          compact
          active={status !== '' && !statusInvalid}
          aria-label="Response status"
          className={styles['filter-status']}
          placeholder="status"
          title="A status (404) or a class (4xx)"
          maxLength={3}
          value={status}
          aria-invalid={statusInvalid || undefined}
          onChange={(e) => setStatus(e.target.value.replace(/[^\dxX]/g, ''))}
          onKeyDown={(e) => e.key === 'Escape' && onLeave()}
          data-testid="filter-status"
        />
        <SelectInput
          compact
          active={filters.provider !== null}
          aria-label="Signed by"
          className={styles['filter-select']}
          value={filters.provider ?? ''}
          onChange={(e) => onChange({ ...filters, provider: e.target.value || null })}
          title="Only captures signed by this provider"
          data-testid="filter-provider"
        >
          <option value="">Signer</option>
          <ProviderOptions />
        </SelectInput>
        <SelectInput
          compact
          active={filters.payloadFamily !== null}
          aria-label="Payload family"
          className={styles['filter-select']}
          value={filters.payloadFamily ?? ''}
          onChange={(e) => onChange({ ...filters, payloadFamily: e.target.value || null })}
          title="Only captures whose body decodes as this payload family"
          data-testid="filter-payload-family"
        >
          <option value="">Payload</option>
          {(families ?? []).map((f) => (
            <option key={f.id} value={f.id}>
              {f.id}
            </option>
          ))}
        </SelectInput>
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
