/**
 * The messages between an embedded atlas and the page around it, with their schemas. Incoming
 * messages are validated and anything malformed or unknown is ignored.
 */
import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../data/schemas';

export const MESSAGE_PREFIX = 'mali-atlas:';

/** The host page drives the atlas: every field is optional; null clears a selection. */
export const setMessageSchema = z
  .object({
    type: z.literal('mali-atlas:set'),
    year: z.number().int().min(FIRST_YEAR).max(LAST_YEAR).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable()
      .optional(),
    event: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(80)
      .nullable()
      .optional(),
    story: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .max(80)
      .optional(),
    /** 1-based, as in links. */
    step: z.number().int().min(1).max(999).optional(),
  })
  .strict();
export type SetMessage = z.infer<typeof setMessageSchema>;

export interface ReadyMessage {
  type: 'mali-atlas:ready';
  year: number;
  country: string | null;
  event: string | null;
}
export interface ChangeMessage {
  type: 'mali-atlas:change';
  year: number;
  country: string | null;
  event: string | null;
}
export interface ResizeMessage {
  type: 'mali-atlas:resize';
  height: number;
}
export type OutgoingMessage = ReadyMessage | ChangeMessage | ResizeMessage;

/** Accepts a message when its origin is allowed and it matches the schema. */
export function readSetMessage(
  data: unknown,
  origin: string,
  allowedOrigin: string | null,
): SetMessage | null {
  if (allowedOrigin !== null && origin !== allowedOrigin) return null;
  const result = setMessageSchema.safeParse(data);
  return result.success ? result.data : null;
}
