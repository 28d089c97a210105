import { z } from 'zod';
import { attemptLogin, safeNextPath } from '@/lib/auth/login';
import { handle } from '@/lib/http/handle';
import { AppError } from '@/lib/http/app-error';
import { clientIp, requestIsHttps } from '@/lib/http/forwarded';

const loginSchema = z.object({
  password: z.string({ message: 'is required' }).min(1, 'is required').max(1024, 'is too long'),
  next: z.string().max(2048).optional(),
});

async function readForm(req: Request): Promise<{ fields: unknown; json: boolean }> {
  const type = req.headers.get('content-type') ?? '';
  if (type.includes('application/json')) return { fields: await req.json().catch(() => ({})), json: true };
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    return { fields: Object.fromEntries(await req.formData()), json: false };
  }
  throw new AppError('bad_request', 'Send the password as a form or as JSON.');
}

function back(next: string, error: string): Response {
  const query = new URLSearchParams({ error, ...(next !== '/' ? { next } : {}) });
  return new Response(null, { status: 303, headers: { Location: `/login?${query}` } });
}

/** A 429 a person can read even without JavaScript; `next` is already a safe same-site path. */
function rateLimitedPage(message: string, next: string): string {
  const href = `/login?next=${encodeURIComponent(next)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Paddock: too many attempts</title></head><body style="font-family:system-ui;margin:2rem"><h1>Too many attempts</h1><p role="alert">${message}</p><p><a href="${href}">Back to login</a></p></body></html>`;
}

/** A plain form post (works without JavaScript) or JSON; redirects back to where the user was going. */
export async function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const { fields, json } = await readForm(req);
    const input = loginSchema.parse(fields);
    const next = safeNextPath(input.next);
    const result = await attemptLogin({ password: input.password, clientIp: clientIp(req), https: requestIsHttps(req) });
    if (result.ok) {
      const headers = { 'Set-Cookie': result.setCookie };
      return json ? Response.json({ ok: true, next }, { headers }) : new Response(null, { status: 303, headers: { ...headers, Location: next } });
    }
    if (result.reason === 'rate_limited') {
      const message = `Too many wrong passwords. Try again in ${result.retryAfterSeconds} s.`;
      const headers = { 'Retry-After': String(result.retryAfterSeconds) };
      if (json) throw new AppError('rate_limited', message, { headers });
      return new Response(rateLimitedPage(message, next), { status: 429, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
    }
    if (json) throw new AppError(result.reason === 'invalid' ? 'unauthorized' : 'feature_unavailable', result.reason === 'invalid' ? 'Wrong password.' : 'No password is configured.');
    return back(next, result.reason);
  });
}
