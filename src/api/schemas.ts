/**
 * Runtime schemas of the API contract: every response is parsed here before
 * the app uses it, so a server that breaks the contract yields a clear error
 * instead of a crash. Unknown fields are dropped, as the contract allows.
 */
import { en } from 'zod/locales';
import { z } from 'zod/mini';

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
// eval, and even zod's probe for it is reported as a violation. zod/mini (a
// third of zod's size, on the page before the first draw) says what failed
// in English once given its English messages.
z.config({ jitless: true, ...en() });

const when = z.string().check(
  z.refine(isWhen, {
    error:
      'is not a date of the form 2025-10-26T09:00:00+07:00, 2025-10-26 or 2025-05',
  }),
);
const timeZone = z
  .string()
  .check(z.refine(isTimeZone, { error: 'is not an IANA time zone' }));
const partyCode = z.string().check(z.minLength(1));
const count = z.int().check(z.nonnegative());

export const eventSummarySchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  type: z.enum(EVENT_TYPES),
  additionalTypes: z.optional(z.array(z.enum(EVENT_TYPES))),
  start: when,
  end: z.nullable(when),
  dateUncertain: z.optional(z.boolean()),
  timeZone,
  place: z.object({ name: z.string(), city: z.string(), country: partyCode }),
  parties: z.array(partyCode),
  summary: z.string(),
  verification: z.enum(VERIFICATIONS),
}) satisfies z.ZodMiniType<EventSummary>;

export const eventDetailSchema = z.extend(eventSummarySchema, {
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
}) satisfies z.ZodMiniType<EventDetail>;

const facetsSchema = z.array(z.object({ value: z.string(), count }));

export const eventPageSchema = z.object({
  items: z.array(eventSummarySchema),
  total: count,
  nextCursor: z.nullable(z.string()),
  facets: z.object({
    party: facetsSchema,
    type: facetsSchema,
    verification: facetsSchema,
  }),
}) satisfies z.ZodMiniType<EventPage>;

export const partiesResponseSchema = z.object({
  items: z.array(
    z.object({
      code: partyCode,
      name: z.string(),
      kind: z.enum(PARTY_KINDS),
      eventCount: count,
    }),
  ),
}) satisfies z.ZodMiniType<{ items: PartyWithCount[] }>;

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(['invalid_parameter', 'not_found', 'internal']),
    message: z.string(),
    parameter: z.optional(z.string()),
  }),
}) satisfies z.ZodMiniType<ApiErrorBody>;

const instantSpanSchema = z.object({
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
});

export const timelineSliceSchema = z.object({
  window: z.nullable(instantSpanSchema),
  total: count,
  items: z.array(eventSummarySchema),
  clusters: z.array(
    z.extend(instantSpanSchema, {
      lane: z.string(),
      count: z.int().check(z.positive()),
    }),
  ),
  extent: z.nullable(instantSpanSchema),
}) satisfies z.ZodMiniType<TimelineSlice>;
