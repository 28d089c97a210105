import crypto from 'node:crypto';

function digest(value: string): Buffer {
  return crypto.createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time password check; hashing both sides first keeps the expected length from leaking. */
export function passwordMatches(input: string, expected: string): boolean {
  return crypto.timingSafeEqual(digest(input), digest(expected));
}

/** A short keyed fingerprint of the password stored in the session, so changing the password logs everyone out. */
export function passwordFingerprint(password: string, secret: string): string {
  return crypto.createHmac('sha256', secret).update(password, 'utf8').digest('base64url').slice(0, 22);
}
