import { z } from 'zod';

/** Chat ids are Paddock's own (`pwa-<uuid>`) or an existing Hermes session id being continued. */
export const conversationIdSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,96}$/, 'must be 1-96 letters, digits, _ . : or -');

export const MAX_TEXT_CHARS = 60_000;
export const MAX_IMAGES_PER_MESSAGE = 8;

export const turnRequestSchema = z
  .object({
    conversationId: conversationIdSchema,
    /** Chosen by the browser once per message and reused on every resend: the idempotency key. */
    messageId: z.uuid('must be a UUID'),
    text: z.string().max(MAX_TEXT_CHARS, `must be at most ${MAX_TEXT_CHARS} characters`),
    imageIds: z.array(z.uuid()).max(MAX_IMAGES_PER_MESSAGE, `at most ${MAX_IMAGES_PER_MESSAGE} photos per message`).default([]),
  })
  .refine((t) => t.text.trim().length > 0 || t.imageIds.length > 0, { message: 'Type a message or attach a photo.', path: ['text'] });

export type TurnRequest = z.infer<typeof turnRequestSchema>;
