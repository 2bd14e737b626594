/** The glossary linker run alone over MDX (remark-parse, remark-mdx, remark-glossary-links), as the pipeline runs it. */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import {
  remarkGlossaryLinks,
  type GlossaryLinksOptions,
} from '../../src/plugins/remark-glossary-links.ts';

export function runLinker(
  entities: ReturnType<GlossaryLinksOptions['entities']>,
  mdx: string,
  /** Where the file is: outside /editions the linker leaves it alone. */
  path = '/editions/demo.mdx',
): Root {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGlossaryLinks, { entities: () => entities, sourcesDir: '/editions' });
  const file = new VFile({ path, value: mdx });
  return processor.runSync(processor.parse(file), file) as Root;
}
