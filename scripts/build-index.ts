/**
 * `npm run build:index [-- --shard K/N] [--site dist]`: build the search index
 * of a built site (one made with QAS_SEARCH_INDEX=skip, or to rebuild it).
 * Without `--shard`, every shard in turn; with `--shard K/N`, shard K alone,
 * so the shards of a large corpus can be built on several machines (a CI
 * matrix) and their directories copied into one site (see the README). N must
 * be the number of shards the plan has for this site; the command says so if
 * it is not.
 */
import { resolve } from 'node:path';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import {
  buildAllShards,
  buildShard,
  formatShardReport,
  planShards,
  shardBytesFor,
} from '../src/integrations/search-index.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const site = resolve(option('--site') ?? 'dist');
const shard = option('--shard');
const options = { glossaryDir: CONTENT_PATHS.glossaryDir };
const started = performance.now();

if (shard) {
  const [k, n] = shard.split('/').map(Number);
  const plan = planShards(site, shardBytesFor(options));
  if (!k || !n || k < 1 || k > n || n !== plan.length) {
    console.error(
      `--shard ${shard}: expected K/N with N the number of shards of ${site}, which is ${plan.length} (1/${plan.length} … ${plan.length}/${plan.length})`,
    );
    process.exitCode = 1;
  } else {
    const report = await buildShard(site, options, k, plan);
    console.log(formatShardReport(report));
    console.log(`indexed ${report.records} records in ${report.milliseconds} ms`);
  }
} else {
  const records = await buildAllShards(site, options, console.log);
  console.log(`indexed ${records} records in ${Math.round(performance.now() - started)} ms`);
}
