// The Settings view's sections, and where a diagnosis or note whose fix is "change a setting"
// links to. Section ids are element ids in the view (deep links scroll to them).
import type { SignatureReport } from '@shared/signature-types';

export type SettingsSection =
  | 'receiver-limit'
  | 'meta-verify-token'
  | 'public-url'
  | 'retention'
  | 'provider-by-path'
  | 'generic-hmac'
  | 'tunnel';

export const sectionTitles: Record<SettingsSection, string> = {
  'receiver-limit': 'Receiver body limit',
  'meta-verify-token': 'Meta verify token',
  'public-url': 'Public URL',
  retention: 'Retention',
  'provider-by-path': 'Provider by path',
  'generic-hmac': 'Generic HMAC',
  tunnel: 'Tunnel',
};

/** Diagnoses of the user's own HMAC scheme are fixed by changing that scheme. */
const genericSchemeCodes = new Set([
  'algorithm-mismatch',
  'encoding-mismatch',
  'other-template',
  'secret-derivation',
  'missing-timestamp',
  'timestamp-unit',
  'compound-prefix',
  'uppercase-hex',
]);

/** The setting that fixes a diagnosis, or null when the fix is elsewhere (the sender, the secret…). */
export function settingForDiagnosis(
  code: string,
  report: Pick<SignatureReport, 'provider'>,
): SettingsSection | null {
  if (code === 'url-mismatch') return 'public-url';
  if (report.provider === 'generic' && genericSchemeCodes.has(code)) return 'generic-hmac';
  return null;
}

/** The setting a signature warning or capture note points at ("…public URL…", "…limit in settings…"). */
export function settingForText(text: string): SettingsSection | null {
  if (/public URL/i.test(text)) return 'public-url';
  if (/limit in settings|over the .* limit/i.test(text)) return 'receiver-limit';
  if (/verify token/i.test(text) && /Meta/i.test(text)) return 'meta-verify-token';
  return null;
}
