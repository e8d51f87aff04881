/**
 * Runtime schemas of the API contract: every response is parsed here before
 * the app uses it, so a server that breaks the contract yields a clear error
 * instead of a crash. Unknown fields are dropped, as the contract allows.
 */
import { z } from 'zod';

import {
  type ApiErrorBody,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  EVENT_TYPES,
  type EventDetail,
  type EventPage,
  type EventSummary,
  PARTICIPANT_ROLES,
  PARTY_KINDS,
  type PartyWithCount,
  type TimelineSlice,
  VERIFICATIONS,
} from '@/domain/event';
import { isTimeZone, isWhen } from '@/domain/when';

// zod compiles parsers with `new Function` when it may; the app's CSP forbids
// eval, and even zod's probe for it is reported as a violation.
z.config({ jitless: true });

const when = z.string().refine(isWhen, {
  error:
    'is not a date of the form 2025-10-26T09:00:00+07:00, 2025-10-26 or 2025-05',
});
const timeZone = z
  .string()
  .refine(isTimeZone, { error: 'is not an IANA time zone' });
const partyCode = z.string().min(1);

export const eventSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  type: z.enum(EVENT_TYPES),
  additionalTypes: z.array(z.enum(EVENT_TYPES)).optional(),
  start: when,
  end: when.nullable(),
  dateUncertain: z.boolean().optional(),
  timeZone,
  place: z.object({ name: z.string(), city: z.string(), country: partyCode }),
  parties: z.array(partyCode),
  summary: z.string(),
  verification: z.enum(VERIFICATIONS),
}) satisfies z.ZodType<EventSummary>;

export const eventDetailSchema = eventSummarySchema.extend({
  participants: z.array(
    z.object({
      name: z.string(),
      title: z.string(),
      party: partyCode,
      role: z.enum(PARTICIPANT_ROLES),
    }),
  ),
  documents: z.array(
    z.object({
      title: z.string(),
      kind: z.enum(DOCUMENT_KINDS),
      parties: z.array(partyCode),
      status: z.enum(DOCUMENT_STATUSES),
    }),
  ),
  quotes: z.array(
    z.object({ text: z.string(), speaker: z.string(), sourceId: z.string() }),
  ),
  sources: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      publisher: z.string(),
      url: z.string(),
      language: z.string(),
    }),
  ),
  notes: z.array(z.string()),
  relatedEventIds: z.array(z.string()),
}) satisfies z.ZodType<EventDetail>;

const facetsSchema = z.array(
  z.object({ value: z.string(), count: z.number().int().nonnegative() }),
);

export const eventPageSchema = z.object({
  items: z.array(eventSummarySchema),
  total: z.number().int().nonnegative(),
  nextCursor: z.string().nullable(),
  facets: z.object({
    party: facetsSchema,
    type: facetsSchema,
    verification: facetsSchema,
  }),
}) satisfies z.ZodType<EventPage>;

export const partiesResponseSchema = z.object({
  items: z.array(
    z.object({
      code: partyCode,
      name: z.string(),
      kind: z.enum(PARTY_KINDS),
      eventCount: z.number().int().nonnegative(),
    }),
  ),
}) satisfies z.ZodType<{ items: PartyWithCount[] }>;

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(['invalid_parameter', 'not_found', 'internal']),
    message: z.string(),
    parameter: z.string().optional(),
  }),
}) satisfies z.ZodType<ApiErrorBody>;

const instantSpanSchema = z.object({
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
});

export const timelineSliceSchema = z.object({
  window: instantSpanSchema.nullable(),
  total: z.number().int().nonnegative(),
  items: z.array(eventSummarySchema),
  clusters: z.array(
    instantSpanSchema.extend({
      lane: z.string(),
      count: z.number().int().positive(),
    }),
  ),
  extent: instantSpanSchema.nullable(),
}) satisfies z.ZodType<TimelineSlice>;
