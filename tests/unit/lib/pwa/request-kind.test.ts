import { describe, expect, it } from 'vitest';
import { requestKind, type RequestFacts } from '@/lib/pwa/worker/request-kind';

const ORIGIN = 'https://paddock.tail.ts.net';

function facts(path: string, init: { method?: string; mode?: RequestMode; headers?: Record<string, string>; origin?: string } = {}): RequestFacts {
  const headers = new Headers(init.headers);
  return { method: init.method ?? 'GET', url: new URL(path, init.origin ?? ORIGIN), mode: init.mode ?? 'cors', headers };
}

function kind(path: string, init?: Parameters<typeof facts>[1]): string {
  const found = requestKind(facts(path, init), ORIGIN);
  return 'area' in found && found.area ? `${found.kind}:${found.area.name}` : found.kind;
}

describe('requestKind', () => {
  it.each([
    ['/api/chat/turns', 'POST'],
    ['/api/chat/turns', 'GET'],
    ['/api/terminal/sessions', 'GET'],
    ['/api/terminal/sessions/abc', 'DELETE'],
    ['/ws/terminal', 'GET'],
    ['/api/auth/login', 'POST'],
    ['/api/auth/me', 'GET'],
    ['/api/gateway/status', 'GET'],
    ['/api/health', 'GET'],
    ['/sw.js', 'GET'],
    ['/manifest.webmanifest', 'GET'],
  ])('never touches %s (%s): streams, terminal, auth, live status and its own files', (path, method) => {
    expect(kind(path, { method })).toBe('bypass');
  });

  it('passes every other write straight through, including uploads and read marks', () => {
    expect(kind('/api/chat/uploads', { method: 'POST' })).toBe('bypass');
    expect(kind('/api/reviews/job/2026-11-23_09-00-34/read', { method: 'POST' })).toBe('bypass');
    expect(kind('/api/jobs/abc/run', { method: 'POST' })).toBe('bypass');
    expect(kind('/api/files/x', { method: 'PUT' })).toBe('bypass');
    expect(kind('/reviews', { method: 'POST', mode: 'navigate' })).toBe('bypass');
  });

  it('handles the logout POST (to drop the saved copies) however it is sent', () => {
    expect(kind('/api/auth/logout', { method: 'POST', mode: 'navigate' })).toBe('logout');
    expect(kind('/api/auth/logout', { method: 'POST' })).toBe('logout');
    expect(kind('/api/auth/logout', { method: 'GET' })).toBe('bypass');
  });

  it('handles the share target only as a navigation (the share sheet), not as a script fetch', () => {
    expect(kind('/api/share', { method: 'POST', mode: 'navigate' })).toBe('share');
    expect(kind('/api/share', { method: 'POST' })).toBe('bypass');
  });

  it('saves documents of the offline areas and sends other documents to the network with the offline fallback', () => {
    expect(kind('/reviews', { mode: 'navigate' })).toBe('page:reviews');
    expect(kind('/reviews/job/2026-11-23_09-00-34', { mode: 'navigate' })).toBe('page:reviews');
    expect(kind('/sessions/s1', { mode: 'navigate' })).toBe('page:sessions');
    expect(kind('/skills/research/arxiv', { mode: 'navigate' })).toBe('page:skills');
    expect(kind('/chat/pwa-1234', { mode: 'navigate' })).toBe('page:chat');
    // A new chat's page carries a server-minted conversation id; a saved copy would reuse it.
    expect(kind('/chat', { mode: 'navigate' })).toBe('navigation');
    expect(kind('/terminal', { mode: 'navigate' })).toBe('navigation');
    expect(kind('/login', { mode: 'navigate' })).toBe('navigation');
    expect(kind('/reviewsx', { mode: 'navigate' })).toBe('navigation');
    expect(kind('/api/reviews', { mode: 'navigate' })).toBe('bypass');
  });

  it('saves GET replies of the offline areas and photos, and nothing else under /api', () => {
    expect(kind('/api/reviews?offset=20')).toBe('api:reviews');
    expect(kind('/api/reviews/unread')).toBe('api:reviews');
    expect(kind('/api/sessions/search?q=x')).toBe('api:sessions');
    expect(kind('/api/skills')).toBe('api:skills');
    expect(kind('/api/chat/conversations/pwa-1')).toBe('api:chat');
    expect(kind('/api/chat/uploads/0b0e7c4e-0000-4000-8000-000000000000')).toBe('photo');
    expect(kind('/api/jobs')).toBe('bypass');
    expect(kind('/api/files/tree')).toBe('bypass');
  });

  it('cache-firsts hashed build files', () => {
    expect(kind('/_next/static/chunks/0abc.js')).toBe('static');
  });

  it('leaves RSC payloads uncached, noting in-app navigations to pages worth saving, and ignores prefetches', () => {
    expect(kind('/reviews/job/stamp?_rsc=1x2y', { headers: { RSC: '1' } })).toBe('client-navigation:reviews');
    expect(kind('/jobs?_rsc=1x2y', { headers: { RSC: '1' } })).toBe('client-navigation');
    expect(kind('/reviews?_rsc=1x2y', { headers: { RSC: '1', 'Next-Router-Prefetch': '1' } })).toBe('bypass');
    expect(kind('/reviews?_rsc=1x2y', { headers: { RSC: '1', 'Next-Router-Segment-Prefetch': '/_tree' } })).toBe('bypass');
  });

  it('ignores other origins entirely', () => {
    expect(kind('/reviews', { mode: 'navigate', origin: 'https://elsewhere.example' })).toBe('bypass');
    expect(kind('/_next/static/chunks/0abc.js', { origin: 'https://cdn.example' })).toBe('bypass');
  });
});
