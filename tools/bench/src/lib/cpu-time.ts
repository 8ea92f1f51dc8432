import { readFileSync } from 'node:fs';

/** Linux reports CPU time in clock ticks of USER_HZ, which is 100 on every mainstream kernel build. */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, ms; undefined where /proc cannot tell (not Linux). */
export function processCpuMs(pid: number): number | undefined {
  try {
    // The command name (field 2) may contain spaces and parentheses: count fields after its closing one.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1000;
  } catch {
    return undefined;
  }
}

/** CPU time all of the machine's cores have been busy so far, ms (idle and I/O wait left out). */
export function machineBusyCpuMs(): number | undefined {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return ((user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND) * 1000;
  } catch {
    return undefined;
  }
}
