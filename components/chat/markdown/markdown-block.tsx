import { memo } from 'react';
import Markdown, { type Options, defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { settledComponents, streamingComponents } from './markdown-components';

export interface MarkdownBlockProps {
  text: string;
  /** The block is still streaming: code inside it must not be highlighted yet. */
  open: boolean;
}

// Single tildes mean "about" in chat ("~5 min"); only `~~` strikes through.
const REMARK_PLUGINS: Options['remarkPlugins'] = [[remarkGfm, { singleTilde: false }]];

/**
 * One top-level block. Memoised on (text, open), so a finished block is parsed and rendered once
 * however much text streams in after it. No rehype-raw: raw HTML in answers is shown as text.
 */
export const MarkdownBlock = memo(function MarkdownBlock({ text, open }: MarkdownBlockProps) {
  return (
    <div className="min-w-0">
      <Markdown remarkPlugins={REMARK_PLUGINS} components={open ? streamingComponents : settledComponents} urlTransform={safeUrl}>
        {text}
      </Markdown>
    </div>
  );
});

const ALLOWED_PROTOCOL = /^(?:https?|mailto)$/i;

/**
 * Keeps relative URLs and http(s)/mailto only. react-markdown's default already drops
 * `javascript:`, `data:` and friends; this narrows it further (no irc:, xmpp:).
 */
export function safeUrl(url: string): string {
  const value = defaultUrlTransform(url);
  const colon = value.indexOf(':');
  if (colon === -1) return value;
  const boundary = value.search(/[/?#]/);
  if (boundary !== -1 && boundary < colon) return value;
  return ALLOWED_PROTOCOL.test(value.slice(0, colon)) ? value : '';
}
