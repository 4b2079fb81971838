// A sample JSON event for compose / test events, in fewer lines than a full EventTemplate: the
// signer adds the signature afterwards, so a sample only states what the provider sends besides it.
import type { EventTemplate, TemplateContext } from '../../replay/templates/types';

export interface SampleEvent {
  id: string;
  provider: string;
  name: string;
  description: string;
  path: string;
  /** Default "application/json". */
  contentType?: string;
  method?: string;
  headers?: (ctx: TemplateContext) => [string, string][];
  /** The payload: serialised with JSON.stringify unless it is already text (forms). */
  body: (ctx: TemplateContext) => unknown;
}

export function sampleEvent(s: SampleEvent): EventTemplate {
  const contentType = s.contentType ?? 'application/json';
  return {
    id: s.id,
    provider: s.provider,
    name: s.name,
    description: s.description,
    method: s.method ?? 'POST',
    path: s.path,
    contentType,
    build: (ctx) => {
      const body = s.body(ctx);
      return {
        headers: [['Content-Type', contentType], ...(s.headers?.(ctx) ?? [])],
        body: typeof body === 'string' ? body : JSON.stringify(body),
      };
    },
  };
}

/** "2026-12-05T06:20:34.000Z" for a template's clock. */
export const isoAt = (nowUnix: number): string => new Date(nowUnix * 1000).toISOString();

/** A random UUID-shaped id from the template's (seeded) hex source. */
export const uuidFrom = (ctx: TemplateContext): string =>
  `${ctx.hex(4)}-${ctx.hex(2)}-4${ctx.hex(2).slice(1)}-a${ctx.hex(2).slice(1)}-${ctx.hex(6)}`;
