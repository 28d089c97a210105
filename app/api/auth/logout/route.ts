import { logoutCookie } from '@/lib/auth/login';
import { requestIsHttps } from '@/lib/http/forwarded';

/** Ends the session and returns to the login page. */
export async function POST(req: Request): Promise<Response> {
  return new Response(null, { status: 303, headers: { Location: '/login', 'Set-Cookie': logoutCookie(requestIsHttps(req)) } });
}
