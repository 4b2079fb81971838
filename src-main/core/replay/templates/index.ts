// Every sample event, in the order the UI lists them.
import type { EventTemplateInfo } from '../../../shared/replay-types';
import { stripeTemplates } from '../../providers/stripe/templates';
import { otherTemplates } from './others';
import type { EventTemplate } from './types';
import { wasphereTemplates } from './wasphere';
import { whatsappTemplates } from './whatsapp';

export type { EventTemplate, TemplateContext } from './types';

export const eventTemplates: readonly EventTemplate[] = [
  ...whatsappTemplates,
  ...wasphereTemplates,
  ...otherTemplates.slice(0, 2),
  ...stripeTemplates,
  ...otherTemplates.slice(2),
];

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
