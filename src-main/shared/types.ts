// Data shapes that cross the contract, inferred from their schemas in ./outputs (the single
// description of what the core answers). Timestamps are UTC ISO-8601 strings. Type-only imports:
// the renderer gets the types without the schemas.
import type { z } from 'zod';
import type { headerPair } from './outputs/common';
import type {
  captureDetailSchema,
  captureKindSchema,
  capturePageSchema,
  captureSummarySchema,
  forwardBriefSchema,
  forwardStatsSchema,
  loopDelaySchema,
  serviceStatusSchema,
  settingsSchema,
} from './outputs/capture';

export type HeaderPair = z.infer<typeof headerPair>;
export type CaptureKind = z.infer<typeof captureKindSchema>;
export type CaptureSummary = z.infer<typeof captureSummarySchema>;
export type ForwardBrief = z.infer<typeof forwardBriefSchema>;
export type ForwardStats = z.infer<typeof forwardStatsSchema>;
export type CaptureDetail = z.infer<typeof captureDetailSchema>;
export type CapturePage = z.infer<typeof capturePageSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type LoopDelay = z.infer<typeof loopDelaySchema>;
export type ServiceStatus = z.infer<typeof serviceStatusSchema>;
