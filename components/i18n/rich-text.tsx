import { Fragment, type ReactNode } from 'react';

const TAG = /<(\w+)>(.*?)<\/\1>/g;

/**
 * A translated sentence with a few marked words: `Plain <code>http://…</code> works` renders the
 * marked part with `tags.code`. Translators move the marks with the words; unknown tags stay text.
 * No nesting, no attributes: it is for emphasis and code inside prose, not for markup.
 */
export function RichText({ text, tags }: { text: string; tags: Readonly<Record<string, (content: string) => ReactNode>> }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const [whole, name = '', content = ''] = match;
    const render = tags[name];
    if (!render) continue;
    parts.push(text.slice(last, match.index), <Fragment key={match.index}>{render(content)}</Fragment>);
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
