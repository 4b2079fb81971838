// Which generic HMAC scheme applies to a path: the one saved with the path's provider mapping
// (settings.providerByPath, first prefix that matches), else the global settings.genericHmac.
// Different senders Hookscope does not know can thus each have their own scheme on their own path.
import type { GenericHmacConfig } from '@shared/signature-types';
import type { Settings } from '@shared/types';

export function genericConfigFor(
  settings: Pick<Settings, 'genericHmac' | 'providerByPath'>,
  path: string,
): GenericHmacConfig | undefined {
  const rule = settings.providerByPath.find((r) => path.startsWith(r.pathPrefix));
  if (rule?.provider === 'generic' && rule.generic) return rule.generic;
  return settings.genericHmac ?? undefined;
}
