// Preloaded into a measured Node process (node --import): when it exits,
// reports on stderr the CPU time of its descendants that it never waited for.
//
// GNU time counts a child's CPU only when that child is reaped by the process
// it measures (wait4's rusage covers waited-for descendants). Pagefind's Node
// API unrefs and kills its service process, and Astro exits before reaping it,
// so its indexing work would go uncounted: it is still a zombie here. A
// zombie or a still-running process keeps its times in /proc/<pid>/stat, and
// only descendants missing from wait4's total are listed there, so adding
// them counts each process once. Linux only, like GNU time.
import { readdirSync, readFileSync } from 'node:fs';

process.on('exit', () => {
  const parents = new Map();
  const ticks = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command name, which may itself hold spaces or parentheses: see proc_pid_stat(5).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parents.set(Number(name), Number(fields[1]));
    // utime, stime, and cutime, cstime (the children this process did reap), in clock ticks.
    ticks.set(
      Number(name),
      Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]),
    );
  }
  const descendants = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (descendants.has(parent) && !descendants.has(pid)) {
        descendants.add(pid);
        grew = true;
      }
    }
  }
  descendants.delete(process.pid);
  let total = 0;
  for (const pid of descendants) total += ticks.get(pid) ?? 0;
  process.stderr.write(`\nqas-unreaped-cpu-ticks=${total} processes=${descendants.size}\n`);
});
