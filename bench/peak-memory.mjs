// Preloaded into a measured Node process (node --import): reports its peak
// resident memory and its own CPU time (user + system, without children) when
// it exits, on stderr, for the benchmark to read.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(
    `\nqas-peak-rss-kb=${usage.maxRSS}\nqas-cpu-s=${(usage.userCPUTime + usage.systemCPUTime) / 1e6}\n`,
  );
});
