import { plainPreview } from '@/lib/text/plain-preview';
import { snippetParts } from './snippet-parts';

/** A search snippet with its matches in <mark>, Markdown syntax dropped; built from text nodes only, never from HTML. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(plainPreview(snippet)).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded bg-warn/25 px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
