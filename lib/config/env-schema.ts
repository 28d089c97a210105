import { z } from 'zod';
import { DEFAULT_PUSH_CONTACT, pushContactSchema } from './push-contact';
import { skillsIndexUrlSchema } from './skills-index-url';

/** Hosts that only this machine can reach; binding to one of them needs no password. */
export const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export const MIN_SESSION_SECRET_CHARS = 32;

const port = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const httpUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\//i.test(v), 'must start with http:// or https:// (for example http://127.0.0.1:8642)')
  .refine((v) => URL.canParse(v), 'is not a valid URL')
  .transform((v) => v.replace(/\/+$/, ''));

const flag = z.enum(['0', '1'], { message: 'must be 0 or 1' });

const positiveInt = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').positive('must be positive');

/** The raw environment Paddock reads, after aliases are folded in (see load-config.ts). */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: port.default(3000),
  CLAUDE_PASSWORD: z.string().min(1, 'must not be empty when set').optional(),
  COOKIE_SECURE: flag.optional(),
  SESSION_SECRET: z
    .string()
    .min(MIN_SESSION_SECRET_CHARS, `must be at least ${MIN_SESSION_SECRET_CHARS} characters (generate one with: openssl rand -base64 48)`)
    .optional(),
  HERMES_API_URL: httpUrl.default('http://127.0.0.1:8642'),
  HERMES_API_KEY: z.string().trim().min(1, 'must not be empty when set').optional(),
  HERMES_HOME: z.string().trim().min(1).optional(),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  TLS_CERT_FILE: z.string().trim().min(1).optional(),
  TLS_KEY_FILE: z.string().trim().min(1).optional(),
  TLS_RELOAD_POLL_MS: positiveInt.default(60_000),
  TRUST_PROXY: flag.default('0'),
  ALLOWED_HOSTS: z.string().optional(),
  TERMINAL_ENABLED: flag.default('1'),
  TERMINAL_SHELL: z.string().trim().min(1).optional(),
  TERMINAL_CWD: z.string().trim().min(1).optional(),
  TERMINAL_IDLE_MINUTES: positiveInt.default(30),
  TERMINAL_MAX_OPEN: positiveInt.max(32, 'must be at most 32').default(8),
  FILES_ROOT: z.string().trim().min(1).optional(),
  FILES_WRITABLE: flag.default('0'),
  SKILLS_INDEX_URL: skillsIndexUrlSchema.optional(),
  PUSH_CONTACT: pushContactSchema.default(DEFAULT_PUSH_CONTACT),
  PUSH_POLL_MS: positiveInt.default(5_000),
  PADDOCK_DIST_DIR: z.string().trim().min(1).default('.next'),
  SHELL: z.string().optional(),
  HOME: z.string().optional(),
});

export type RawEnv = z.infer<typeof envSchema>;
