// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activateWaiting, registerServiceWorker } from '@/lib/pwa/register-service-worker';

class FakeWorker extends EventTarget {
  state = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  reach(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  update = vi.fn(async () => undefined);
}

class FakeContainer extends EventTarget {
  controller: FakeWorker | null = null;
  readonly registration = new FakeRegistration();
  readonly registered: [string, RegistrationOptions | undefined][] = [];
  register(url: string, options?: RegistrationOptions) {
    this.registered.push([url, options]);
    return Promise.resolve(this.registration);
  }
  get ready() {
    return Promise.resolve(this.registration);
  }
  takeOver(worker: FakeWorker) {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

let container: FakeContainer;
let reload: ReturnType<typeof vi.fn>;
let dispose: (() => void) | undefined;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  container = new FakeContainer();
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  reload = vi.fn();
  Object.defineProperty(window, 'location', { value: { reload }, configurable: true });
});

afterEach(() => {
  dispose?.();
  dispose = undefined;
});

describe('registerServiceWorker', () => {
  it('registers /sw.js for the whole app, always checking the network for a new version', async () => {
    dispose = registerServiceWorker(() => undefined);
    await settle();
    expect(container.registered).toEqual([['/sw.js', { scope: '/', updateViaCache: 'none' }]]);
  });

  it('reports a version already waiting, and one that finishes installing later', async () => {
    const old = new FakeWorker();
    container.controller = old;
    container.registration.active = old;
    container.registration.waiting = new FakeWorker();
    const waiting: FakeWorker[] = [];
    dispose = registerServiceWorker((w) => waiting.push(w as unknown as FakeWorker));
    await settle();
    expect(waiting).toEqual([container.registration.waiting]);

    const next = new FakeWorker();
    container.registration.installing = next;
    container.registration.dispatchEvent(new Event('updatefound'));
    next.reach('installed');
    expect(waiting).toEqual([container.registration.waiting, next]);
  });

  it('does not offer the very first install as an update, and does not reload when it takes control', async () => {
    const first = new FakeWorker();
    const offered = vi.fn();
    dispose = registerServiceWorker(offered);
    await settle();
    container.registration.installing = first;
    container.registration.dispatchEvent(new Event('updatefound'));
    first.reach('installed');
    container.takeOver(first);
    expect(offered).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('asks the active worker to claim a page that loaded while it activated', async () => {
    const active = new FakeWorker();
    container.registration.active = active;
    dispose = registerServiceWorker(() => undefined);
    await settle();
    expect(active.messages).toEqual([{ type: 'PADDOCK_CLAIM_ME' }]);
  });

  it('reloads once a new version replaces the old one, and not after dispose', async () => {
    const old = new FakeWorker();
    container.controller = old;
    dispose = registerServiceWorker(() => undefined);
    await settle();
    const next = new FakeWorker();
    activateWaiting(next as unknown as ServiceWorker);
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    container.takeOver(next);
    expect(reload).toHaveBeenCalledTimes(1);

    dispose();
    dispose = undefined;
    container.takeOver(new FakeWorker());
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
