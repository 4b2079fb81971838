// The forwarding targets as a form: what each row holds (text, as typed) and how it becomes the
// setForwardSettings input. Every rule is the contract's (forwardTargetSchema, forwardMatchSchema),
// so a URL the API would refuse is refused under its field, in the API's words; only "an empty match
// field means any" is decided here.
import { z } from 'zod';
import {
  forwardMatchSchema,
  forwardSettingsSchema,
  forwardTargetSchema,
  type ForwardSettings,
  type ForwardTarget,
} from '@shared/replay-types';
import { parseAt, textField } from './text-fields';

export interface ForwardTargetValues {
  /** The target's id (not `id`: react-hook-form's field arrays keep their own `id` per row). */
  targetId: string;
  url: string;
  enabled: boolean;
  pathMode: ForwardTarget['pathMode'];
  pathPrefix: string;
  provider: string;
  eventType: string;
}

export interface ForwardFormValues {
  paused: boolean;
  targets: ForwardTargetValues[];
}

const target = forwardTargetSchema.shape;
const match = forwardMatchSchema.shape;

const targetForm = z
  .object({
    targetId: z.string(),
    url: textField(target.url),
    enabled: z.boolean(),
    pathMode: target.pathMode.unwrap(),
    pathPrefix: textField(match.pathPrefix.unwrap(), { empty: undefined, trim: false }),
    provider: textField(match.provider.unwrap(), { empty: undefined }),
    eventType: textField(match.eventType.unwrap(), { empty: undefined }),
  })
  .transform((v): ForwardTarget => ({
    id: v.targetId,
    url: v.url,
    enabled: v.enabled,
    pathMode: v.pathMode,
    match: {
      ...(v.pathPrefix !== undefined && { pathPrefix: v.pathPrefix }),
      ...(v.provider !== undefined && { provider: v.provider }),
      ...(v.eventType !== undefined && { eventType: v.eventType }),
    },
  }));

/** Checked row by row (messages on the field), then as a whole by the API's own schema. */
export const forwardForm: z.ZodType<ForwardSettings, ForwardFormValues> = z
  .object({ paused: z.boolean(), targets: z.array(targetForm) })
  .transform((v, ctx) => parseAt(forwardSettingsSchema, v, ctx));

export function forwardTargetValues(t: ForwardTarget): ForwardTargetValues {
  return {
    targetId: t.id,
    url: t.url,
    enabled: t.enabled,
    pathMode: t.pathMode,
    pathPrefix: t.match.pathPrefix ?? '',
    provider: t.match.provider ?? '',
    eventType: t.match.eventType ?? '',
  };
}

export function forwardValues(s: ForwardSettings): ForwardFormValues {
  return { paused: s.paused, targets: s.targets.map(forwardTargetValues) };
}

/** A new row: the usual local handler, enabled, matching everything. */
export function newForwardTarget(): ForwardTargetValues {
  return forwardTargetValues({
    id: `target-${Math.random().toString(36).slice(2, 8)}`,
    url: 'http://localhost:3000/webhook',
    enabled: true,
    pathMode: 'append',
    match: {},
  });
}
