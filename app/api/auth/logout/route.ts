import { logoutCookie } from '@/lib/auth/login';
import { requestIsHttps } from '@/lib/http/forwarded';
import { findTerminalManager } from '@/lib/terminal/registry';

/** Ends the session and returns to the login page. Paddock has one user, so this ends every terminal too. */
export async function POST(req: Request): Promise<Response> {
  findTerminalManager()?.closeAll('You logged out.');
  return new Response(null, { status: 303, headers: { Location: '/login', 'Set-Cookie': logoutCookie(requestIsHttps(req)) } });
}
