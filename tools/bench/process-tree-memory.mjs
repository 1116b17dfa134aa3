// Samples the resident memory of a process and all its descendants (Chromium runs as several processes).
import { readFileSync, readdirSync } from 'node:fs';

const PAGE_BYTES = 4096;

function parents() {
  const map = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may contain spaces and brackets; the fields after its closing bracket are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function treeRssBytes(rootPid) {
  const parentOf = parents();
  const inTree = (pid) => {
    for (let current = pid; current > 1; current = parentOf.get(current)) if (current === rootPid) return true;
    return false;
  };
  let total = 0;
  for (const pid of parentOf.keys()) {
    if (!inTree(pid)) continue;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

/** Starts sampling every `intervalMs`; `stop()` returns the highest sum seen, in MB (shared pages count once per process). */
export function sampleTreeMemory(rootPid, intervalMs = 25) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(rootPid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak / 1e6;
    },
  };
}
