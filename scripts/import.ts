/**
 * `npm run import -- <file.txt> [--slug … --title … --date … --publisher … --type … --medium … --region …]`
 *
 * Writes a draft MDX edition of a raw text to `content/sources/<slug>.mdx`.
 * Refuses to overwrite an existing edition unless `--force` is given: editions
 * are edited by hand after import.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError, importOriginal } from '../src/lib/importer/index.ts';
import { formatProblem } from '../src/lib/problem.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    title: { type: 'string' },
    subtitle: { type: 'string' },
    date: { type: 'string' },
    publisher: { type: 'string' },
    type: { type: 'string' },
    medium: { type: 'string' },
    region: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    stdout: { type: 'boolean', default: false },
  },
});

const [input] = positionals;
if (input === undefined || positionals.length > 1) {
  console.error(
    'usage: npm run import -- <file.txt> [--slug s] [--title t] [--date YYYY-MM-DD] [--publisher p] [--type t] [--medium m] [--region r] [--stdout] [--force]',
  );
  process.exit(2);
}

try {
  const fileName = basename(input);
  const result = importOriginal(readFileSync(input), {
    fileName,
    title: values.title,
    subtitle: values.subtitle,
    date: values.date,
    publisher: values.publisher,
    type: values.type,
    medium: values.medium,
    region: values.region,
  });
  if (values.stdout) {
    process.stdout.write(result.mdx);
  } else {
    const slug = values.slug ?? fileName.replace(/\.[^.]+$/u, '');
    const target = values.out ?? join('content', 'sources', `${slug}.mdx`);
    if (existsSync(target) && !values.force) {
      throw new ImportError({
        file: target,
        line: 1,
        message: 'already exists',
        hint: 'Editions are edited by hand after import; pass --force to overwrite, or --stdout to compare.',
      });
    }
    writeFileSync(target, result.mdx);
    console.log(`wrote ${target}: ${result.blocks.length} blocks`);
  }
} catch (error) {
  if (error instanceof ImportError) {
    console.error(error.problems.map(formatProblem).join('\n'));
    process.exit(1);
  }
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
    console.error(
      `error: ${input}: no such file\nhint: give the path of a .txt original, e.g. content/originals/000_84ced32927626b77.txt`,
    );
    process.exit(1);
  }
  throw error;
}
