// Every sample event, in registry order (each provider lists its own in its folder).
import type { EventTemplateInfo } from '@shared/replay-types';
import { providerDefinitions } from '../../providers/registry';
import type { EventTemplate } from './types';

export type { EventTemplate, TemplateContext } from './types';

export const eventTemplates: readonly EventTemplate[] = providerDefinitions.flatMap((d) =>
  'templates' in d.compose ? d.compose.templates : [],
);

export function eventTemplate(id: string): EventTemplate | undefined {
  return eventTemplates.find((t) => t.id === id);
}

export function listEventTemplates(): EventTemplateInfo[] {
  return eventTemplates.map(({ id, provider, name, description, method, path, contentType }) => ({
    id,
    provider,
    name,
    description,
    method,
    path,
    contentType,
  }));
}
