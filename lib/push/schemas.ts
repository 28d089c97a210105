import { z } from 'zod';

/** Longest push endpoint accepted; real ones are a few hundred characters. */
const MAX_ENDPOINT_CHARS = 2048;

function base64urlBytes(length: number, what: string, check: (bytes: Buffer) => boolean = () => true) {
  return z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `${what} must be base64url`)
    .refine((v) => {
      const bytes = Buffer.from(v, 'base64url');
      return bytes.length === length && check(bytes);
    }, `${what} must be ${length} bytes`);
}

/** A push service endpoint: browsers only ever hand out https URLs. */
export const endpointSchema = z.url({ protocol: /^https$/, message: 'endpoint must be an https URL' }).max(MAX_ENDPOINT_CHARS);

/** PushSubscription.toJSON() as the browser sends it. */
export const subscribeSchema = z.object({
  endpoint: endpointSchema,
  expirationTime: z.number().nullish(),
  keys: z.object({
    // An uncompressed P-256 point: 0x04 then 32 bytes of x and 32 of y.
    p256dh: base64urlBytes(65, 'keys.p256dh', (b) => b[0] === 0x04),
    auth: base64urlBytes(16, 'keys.auth'),
  }),
});
export type SubscribeInput = z.infer<typeof subscribeSchema>;

export const endpointBodySchema = z.object({ endpoint: endpointSchema });

export const jobParamsSchema = z.object({ id: z.string().regex(/^[0-9a-f]{1,64}$/, 'not a job id') });

export const jobNotifySchema = z.object({ notify: z.boolean() });
