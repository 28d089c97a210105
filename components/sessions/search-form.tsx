import Form from 'next/form';
import { sessionMessages } from '@/lib/i18n/messages/sessions';
import { getT } from '@/lib/i18n/server';

export interface SearchFormProps {
  query: string;
  source: string | undefined;
}

/** Searches every message; a plain GET form, so results have a stable, shareable URL. */
export async function SearchForm({ query, source }: SearchFormProps) {
  const t = await getT(sessionMessages);
  return (
    <Form action="/sessions" role="search" className="flex gap-2 px-4 pb-3 md:max-w-4xl md:px-8">
      <input
        type="search"
        name="q"
        defaultValue={query}
        aria-label={t('searchMessages')}
        placeholder={t('searchMessages')}
        enterKeyHint="search"
        className="min-h-11 min-w-0 flex-1 rounded-xl border border-line bg-surface px-3 text-base outline-none focus:border-accent"
      />
      {source ? <input type="hidden" name="source" value={source} /> : null}
      <button type="submit" className="min-h-11 rounded-xl bg-accent px-4 text-sm font-medium text-accent-ink">
        {t('search')}
      </button>
    </Form>
  );
}
