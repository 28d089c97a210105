/** What the gateway calls itself (`platform`) and its one advertised model (API_SERVER_MODEL_NAME unset). */
export const PLATFORM_NAME = 'hermes-agent';
export const MODEL_NAME = 'hermes-agent';
