// Preloaded into a measured Node process (node --import): reports its peak
// resident memory when it exits, on stderr, for the benchmark to read.
process.on('exit', () => {
  process.stderr.write(`\nqas-peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
