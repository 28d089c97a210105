/** The window event the chat fires after a turn, so the shell's gateway status can look again. */
export const GATEWAY_CHECK_EVENT = 'paddock:gateway-check';

export interface GatewayCheck {
  /** The turn was answered (true), or failed or broke off (false). */
  answered: boolean;
}

export function announceGatewayCheck(check: GatewayCheck): void {
  window.dispatchEvent(new CustomEvent<GatewayCheck>(GATEWAY_CHECK_EVENT, { detail: check }));
}
