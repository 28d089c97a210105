import { describe, expect, it, vi } from 'vitest';
import { HermesHomeError } from '@/lib/hermes-home';
import { AppError } from '@/lib/http/app-error';

const config = vi.hoisted(() => ({ hermesHome: undefined as string | undefined }));
vi.mock('@/lib/config', () => ({ getConfig: () => config }));

const { toAppError, withHermesHome } = await import('@/lib/hermes-home/with-home');

describe('toAppError', () => {
  it('turns a missing item into a 404 with the caller’s words', () => {
    expect(toAppError(new HermesHomeError('not_found', 'cron output not found'), 'No such review.')).toMatchObject({ code: 'not_found', status: 404, message: 'No such review.' });
  });

  it('turns an unusable home into 503 feature_unavailable that says what to set', () => {
    const missing = toAppError(new HermesHomeError('hermes_home_missing', 'state.db does not exist in HERMES_HOME'), 'x');
    expect(missing).toMatchObject({ code: 'feature_unavailable', status: 503 });
    expect(missing.message).toMatch(/^state\.db does not exist in HERMES_HOME\. Set HERMES_HOME/);
    const unreadable = toAppError(new HermesHomeError('hermes_home_unreadable', 'cron output cannot be read'), 'x');
    expect(unreadable).toMatchObject({ code: 'feature_unavailable' });
    expect(unreadable.message).toMatch(/same user as the Hermes gateway/);
  });

  it('keeps the reader’s error as the cause, for the log', () => {
    const cause = new HermesHomeError('not_found', 'session not found');
    expect(toAppError(cause, 'No such session.').cause).toBe(cause);
  });
});

describe('withHermesHome', () => {
  it('refuses before reading when HERMES_HOME is not set', async () => {
    config.hermesHome = undefined;
    const read = vi.fn();
    const error = await withHermesHome('Reviews', 'x', read).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'feature_unavailable', message: expect.stringMatching(/^Reviews needs HERMES_HOME, which is not set\./) });
    expect(read).not.toHaveBeenCalled();
  });

  it('passes the home to the reader and lets other errors through unchanged', async () => {
    config.hermesHome = '/srv/hermes';
    expect(await withHermesHome('Reviews', 'x', async (home) => home)).toBe('/srv/hermes');
    const boom = new TypeError('bug');
    await expect(
      withHermesHome('Reviews', 'x', async () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
  });
});
