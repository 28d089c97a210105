import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_BUDGET_BYTES,
  base64Length,
  estimateGatewayBytes,
  GATEWAY_MAX_BODY_BYTES,
  MAX_ATTACHMENTS,
  overBudgetMessage,
} from '@/components/chat/attachments/budget';

describe('attachment budget', () => {
  it('keeps a safety margin under the gateway limit', () => {
    expect(GATEWAY_MAX_BODY_BYTES).toBe(10_000_000);
    expect(ATTACHMENT_BUDGET_BYTES).toBe(9_500_000);
    expect(MAX_ATTACHMENTS).toBe(8);
  });

  it('computes base64 length with padding', () => {
    expect(base64Length(0)).toBe(0);
    expect(base64Length(1)).toBe(4);
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
    expect(base64Length(600_000)).toBe(800_000);
  });

  it('counts base64, the data URL prefix and per-part overhead for each image', () => {
    const prefix = 'data:image/jpeg;base64,'.length;
    expect(estimateGatewayBytes([3], 0)).toBe(4 + prefix + 200);
    expect(estimateGatewayBytes([3, 3], 0)).toBe(2 * (4 + prefix + 200));
  });

  it('adds text with 10% growth and its own part overhead', () => {
    expect(estimateGatewayBytes([], 0)).toBe(0);
    expect(estimateGatewayBytes([], 1000)).toBe(1100 + 200);
  });

  it('lets a 4000×3000 photo downscaled to a ~600 KB JPEG through', () => {
    const bytes = estimateGatewayBytes([600_000], 500);
    expect(bytes).toBeGreaterThan(800_000);
    expect(bytes).toBeLessThan(ATTACHMENT_BUDGET_BYTES);
  });

  it('lets eight typical photos through', () => {
    expect(estimateGatewayBytes(Array<number>(8).fill(800_000), 2000)).toBeLessThan(ATTACHMENT_BUDGET_BYTES);
  });

  it('flags twenty 700 KB images as over budget and over the gateway limit', () => {
    const bytes = estimateGatewayBytes(Array<number>(20).fill(700_000), 0);
    expect(bytes).toBeGreaterThan(GATEWAY_MAX_BODY_BYTES);
    expect(bytes).toBeGreaterThan(ATTACHMENT_BUDGET_BYTES);
  });

  it('never under-estimates the real JSON body', () => {
    const jpeg = new Uint8Array(12_345).fill(0xff);
    const text = 'Line "one"\nline two\t€';
    const body = JSON.stringify({
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text },
            { type: 'image_url', image_url: { url: `data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}` } },
          ],
        },
      ],
    });
    expect(estimateGatewayBytes([jpeg.length], text.length)).toBeGreaterThanOrEqual(new TextEncoder().encode(body).length);
  });

  it('words the over-budget message in decimal megabytes', () => {
    expect(overBudgetMessage(12_345_678)).toBe('These photos are too large to send together (12.3 MB of 9.5 MB). Remove one.');
  });
});
