import type { Components, ExtraProps } from 'react-markdown';
import { CodeBlock } from './code-block';

type HastElement = NonNullable<ExtraProps['node']>;
type HastChild = HastElement['children'][number];

/**
 * Element overrides: chat-sized typography with the app's colour tokens. Two variants exist so a
 * block that is still streaming never starts code highlighting; both are created once, so
 * react-markdown sees stable component identities across renders.
 */
export const settledComponents = createComponents(true);
export const streamingComponents = createComponents(false);

function createComponents(settled: boolean): Components {
  return {
    // The whole fenced block is ours: react-markdown's own <pre><code> pair is never rendered.
    pre: ({ node }) => {
      const { code, language } = readCodeElement(node);
      return <CodeBlock code={code} language={language} settled={settled} />;
    },
    // Only inline code reaches here, because `pre` above does not render its children.
    code: ({ node: _node, ...props }) => <code {...props} className="rounded bg-raised px-1 py-0.5 font-mono text-[0.9em] wrap-break-word" />,
    a: ({ node: _node, href, children, title }) => {
      // An empty href is a URL the transform refused (javascript:…) or a link still being typed.
      if (!href) return <span>{children}</span>;
      const external = /^https?:/i.test(href);
      return (
        <a
          href={href}
          title={title}
          className="text-accent underline underline-offset-2 wrap-break-word"
          {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        >
          {children}
        </a>
      );
    },
    img: ({ node: _node, src, alt, title }) =>
      typeof src === 'string' && src !== '' ? (
        <img src={src} alt={alt ?? ''} title={title} loading="lazy" referrerPolicy="no-referrer" className="my-2 h-auto max-w-full rounded-md" />
      ) : null,
    p: ({ node: _node, ...props }) => <p {...props} className="my-3 first:mt-0 last:mb-0" />,
    h1: ({ node: _node, ...props }) => <h1 {...props} className="mb-2 mt-5 text-xl font-semibold first:mt-0" />,
    h2: ({ node: _node, ...props }) => <h2 {...props} className="mb-2 mt-5 text-lg font-semibold first:mt-0" />,
    h3: ({ node: _node, ...props }) => <h3 {...props} className="mb-1.5 mt-4 text-base font-semibold first:mt-0" />,
    h4: ({ node: _node, ...props }) => <h4 {...props} className="mb-1 mt-3 text-sm font-semibold first:mt-0" />,
    h5: ({ node: _node, ...props }) => <h5 {...props} className="mb-1 mt-3 text-sm font-semibold first:mt-0" />,
    h6: ({ node: _node, ...props }) => <h6 {...props} className="mb-1 mt-3 text-sm font-semibold text-muted first:mt-0" />,
    ul: ({ node: _node, className, ...props }) => (
      <ul
        {...props}
        className={`my-3 space-y-1 first:mt-0 last:mb-0 [&_ol]:my-1 [&_ul]:my-1 ${className?.includes('contains-task-list') ? 'list-none pl-1' : 'list-disc pl-6 marker:text-muted'}`}
      />
    ),
    ol: ({ node: _node, ...props }) => <ol {...props} className="my-3 list-decimal space-y-1 pl-6 marker:text-muted first:mt-0 last:mb-0 [&_ol]:my-1 [&_ul]:my-1" />,
    li: ({ node: _node, ...props }) => <li {...props} className="pl-1 [&>input]:mr-2 [&>p]:my-1" />,
    blockquote: ({ node: _node, ...props }) => <blockquote {...props} className="my-3 border-l-4 border-line pl-3 text-muted first:mt-0 last:mb-0" />,
    hr: () => <hr className="my-4 border-line" />,
    strong: ({ node: _node, ...props }) => <strong {...props} className="font-semibold" />,
    // Wide tables scroll inside their own box instead of widening the chat on a phone.
    table: ({ node: _node, ...props }) => (
      <div className="my-3 max-w-full overflow-x-auto rounded-lg border border-line first:mt-0 last:mb-0" tabIndex={0}>
        <table {...props} className="min-w-full border-collapse text-sm" />
      </div>
    ),
    thead: ({ node: _node, ...props }) => <thead {...props} className="bg-raised" />,
    th: ({ node: _node, ...props }) => <th {...props} className="min-w-28 border-b border-line px-3 py-1.5 text-left font-semibold [&:not(:last-child)]:border-r" />,
    td: ({ node: _node, ...props }) => <td {...props} className="min-w-28 border-t border-line px-3 py-1.5 align-top [&:not(:last-child)]:border-r" />,
  };
}

function readCodeElement(pre: HastElement | undefined): { code: string; language: string | null } {
  const code = pre?.children.find((child): child is HastElement => child.type === 'element' && child.tagName === 'code');
  const classes = code?.properties.className;
  const languageClass = Array.isArray(classes) ? classes.find((name) => typeof name === 'string' && name.startsWith('language-')) : undefined;
  const language = typeof languageClass === 'string' ? languageClass.slice('language-'.length) : null;
  // Fenced code always ends with a newline, which would add an empty last line to the box.
  return { code: code ? textOf(code).replace(/\n$/, '') : '', language };
}

function textOf(node: HastElement | HastChild): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
