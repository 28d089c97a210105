import type { Metadata } from 'next';
import type { Catalogue } from './catalogue';
import { getT } from './server';

/** A page's `generateMetadata` that only sets the title, in the reader's language. */
export function titleMetadata<K extends string>(catalogue: Catalogue<K>, key: K): () => Promise<Metadata> {
  return async () => ({ title: (await getT(catalogue))(key) });
}
