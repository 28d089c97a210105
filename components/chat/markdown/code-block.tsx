'use client';

import { useEffect, useRef, useState } from 'react';
import { CopyButton } from './copy-button';
import { highlight } from './highlighter';

export interface CodeBlockProps {
  code: string;
  /** The fence's info word (`ts`, `bash`…), shown as a label and used to pick a grammar. */
  language: string | null;
  /** False while the block is still streaming: highlighting then would be thrown away per token. */
  settled: boolean;
}

interface Highlighted {
  code: string;
  language: string | null;
  html: string;
}

// One class list for both states, so plain text and highlighted text occupy the exact same box.
const CODE_CLASS = 'block w-max min-w-full font-mono text-[13px] leading-5';

export function CodeBlock({ code, language, settled }: CodeBlockProps) {
  const [highlighted, setHighlighted] = useState<Highlighted | null>(null);
  const codeRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!settled) return;
    let current = true;
    void highlight(code, language).then((html) => {
      if (current && html !== null) setHighlighted({ code, language, html });
    });
    return () => {
      current = false;
    };
  }, [code, language, settled]);

  // A stale result (the code changed since) is ignored rather than cleared, avoiding an extra render.
  const html = settled && highlighted?.code === code && highlighted.language === language ? highlighted.html : null;

  return (
    <div className="my-3 min-w-0 overflow-hidden rounded-lg border border-line bg-raised first:mt-0 last:mb-0">
      <div className="flex items-center justify-between gap-2 border-b border-line py-0.5 pl-3 pr-1">
        <span className="truncate font-mono text-xs text-muted">{language ?? ''}</span>
        <CopyButton text={code} target={codeRef} />
      </div>
      <pre className="overflow-x-auto p-3" tabIndex={0}>
        {html === null ? (
          <code key="plain" ref={codeRef} className={CODE_CLASS}>
            {code}
          </code>
        ) : (
          // Shiki escapes the code; the HTML only adds spans carrying colour variables.
          <code key="highlighted" ref={codeRef} className={`${CODE_CLASS} pd-code-highlighted`} dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </pre>
    </div>
  );
}
