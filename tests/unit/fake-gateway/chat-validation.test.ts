import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { authHeaders, chatBody, KEY } from './helpers';

describe('fake gateway: chat completion validation errors', () => {
  let gateway: FakeGateway;

  beforeEach(async () => {
    gateway = await startFakeGateway({ apiKey: KEY });
  });
  afterEach(async () => {
    await gateway.close();
  });

  async function rejected(body: string): Promise<{ status: number; text: string }> {
    const res = await fetch(`${gateway.url}/v1/chat/completions`, { method: 'POST', headers: authHeaders(), body });
    return { status: res.status, text: await res.text() };
  }

  const partError = (code: string, message: string): string =>
    `{"error": {"message": "${message}", "type": "invalid_request_error", "param": "messages[0].content", "code": "${code}"}}`;

  it('rejects a non-image data URL with unsupported_content_type', async () => {
    const body = chatBody([{ type: 'text', text: 'x' }, { type: 'image_url', image_url: { url: 'data:text/plain;base64,aGk=' } }]);
    expect(await rejected(body)).toEqual({
      status: 400,
      text: partError('unsupported_content_type', 'Only image data URLs are supported. Non-image data payloads are not supported.'),
    });
  });

  it('rejects file parts and unknown part types with unsupported_content_type', async () => {
    expect(await rejected(chatBody([{ type: 'file', file: { file_id: 'f' } }]))).toEqual({
      status: 400,
      text: partError(
        'unsupported_content_type',
        'Inline image inputs are supported, but uploaded files and document inputs are not supported on this endpoint.',
      ),
    });
    expect(await rejected(chatBody([{ type: 'audio' }]))).toEqual({
      status: 400,
      text: partError('unsupported_content_type', "Unsupported content part type 'audio'. Only text and image_url/input_image parts are supported."),
    });
  });

  it('rejects other URL schemes with invalid_image_url and a blank detail with invalid_content_part', async () => {
    expect((await rejected(chatBody([{ type: 'image_url', image_url: { url: 'ftp://x/y.png' } }]))).text).toBe(
      partError('invalid_image_url', 'Image inputs must use http(s) URLs or data:image/... URLs.'),
    );
    expect((await rejected(chatBody([{ type: 'image_url', image_url: { url: '' } }]))).text).toBe(
      partError('invalid_image_url', 'Image parts must include a non-empty image URL.'),
    );
    expect((await rejected(chatBody([{ type: 'image_url', image_url: { url: 'https://x/y.png', detail: ' ' } }]))).text).toBe(
      partError('invalid_content_part', 'Image detail must be a non-empty string when provided.'),
    );
  });

  it('names the offending message index in param', async () => {
    const body = JSON.stringify({ messages: [{ role: 'system', content: 's' }, { role: 'user', content: [{ type: 'audio' }] }] });
    expect((await rejected(body)).text).toContain('"param": "messages[1].content"');
  });

  it('crashes with aiohttp\'s plain 500 page on a JSON body that is not an object, as the gateway does', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await rejected('[1, 2]')).toEqual({ status: 500, text: '500 Internal Server Error\n\nServer got itself in trouble' });
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
    }
  });

  it('rejects missing messages, a turn without user text and invalid JSON', async () => {
    expect(await rejected('{"model": "hermes-agent"}')).toEqual({
      status: 400,
      text: '{"error": {"message": "Missing or invalid \'messages\' field", "type": "invalid_request_error"}}',
    });
    expect(await rejected(JSON.stringify({ messages: [{ role: 'system', content: 'only a system prompt' }] }))).toEqual({
      status: 400,
      text: '{"error": {"message": "No user message found in messages", "type": "invalid_request_error"}}',
    });
    expect(await rejected(chatBody('   '))).toMatchObject({ status: 400 });
    expect(await rejected('{not json')).toEqual({
      status: 400,
      text: '{"error": {"message": "Invalid JSON in request body", "type": "invalid_request_error", "param": null, "code": null}}',
    });
  });
});
