/**
 * The last step of the site's pipeline: the edition model, complete with its
 * translations, goes to the edition store (src/lib/edition-store.ts), and the
 * compiled module's `remarkPluginFrontmatter.edition` names it. Pages read it
 * back with `editionOf` (src/data/sources.ts).
 */
import { basename } from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { storeEdition } from '../lib/edition-store.ts';

export function rehypeStoreEdition({ dir }: { dir: string }) {
  return (_tree: Root, file: VFile) => {
    const edition = file.data.edition;
    if (!edition) return;
    file.data.astro = {
      ...file.data.astro,
      frontmatter: {
        ...file.data.astro?.frontmatter,
        edition: storeEdition(dir, basename(file.path, '.mdx'), edition),
      },
    };
  };
}
