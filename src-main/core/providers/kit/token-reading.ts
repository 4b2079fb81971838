// Senders that sign nothing but repeat a configured token in a header (GitLab's X-Gitlab-Token,
// Okta's Authorization, Telegram's X-Telegram-Bot-Api-Secret-Token): the reading is the same for
// all of them, only the header, the wording and the hint when it is missing differ.
import { bareEntry, contextFor } from '../../signatures/provider-kit';
import type { ReadResult, RequestView } from '../../signatures/types';
import { tokenEqualityScheme } from './check-schemes';

export interface TokenReadingSpec {
  /** Format id shown with the report (the provider id). */
  id: string;
  /** Header as documented, e.g. "X-Gitlab-Token". */
  header: string;
  /** Shown in the report, e.g. "GitLab: X-Gitlab-Token compared with the secret token". */
  label: string;
  /** Why the header may be absent (the token is optional on the sender's side). */
  whenMissing: string;
}

/** A `read` that hands the header's value to the token-equality check. */
export function tokenReading(spec: TokenReadingSpec): (view: RequestView) => ReadResult {
  const name = spec.header.toLowerCase();
  return (view) => {
    const value = view.headers.get(name);
    if (value === null) return { kind: 'missing', headersTried: [spec.header], warnings: [spec.whenMissing] };
    return {
      kind: 'signature',
      header: view.headers.nameOf(name) ?? spec.header,
      received: value,
      entries: bareEntry(value),
      scheme: tokenEqualityScheme,
      format: { id: spec.id, label: spec.label },
      contexts: [contextFor(view)],
      timestamp: null,
      formatComputed: () => '(the stored token)',
      warnings: [],
    };
  };
}
