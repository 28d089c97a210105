'use client';

import dynamic from 'next/dynamic';

const loadStreamingMarkdown = () => import('./streaming-markdown');

/**
 * StreamingMarkdown in its own chunk: react-markdown and remark-gfm are about 45 KB of gzip, a
 * fifth of the chat screen's JavaScript, and a new chat has no answer to render yet (bench/budgets).
 * A conversation opened with answers renders them on the server, and Next preloads the chunk with
 * that HTML.
 */
export const LazyStreamingMarkdown = dynamic(() => loadStreamingMarkdown().then((m) => m.StreamingMarkdown));

/** Starts fetching the chunk, e.g. as a turn is sent, so it is there before the first token. */
export function preloadStreamingMarkdown(): void {
  void loadStreamingMarkdown();
}
