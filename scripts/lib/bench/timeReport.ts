// Reads the resource report that GNU time (`/usr/bin/time -v`) writes for the build.

export interface ResourceFigures {
  wallSeconds: number;
  /** User plus system CPU time of the build and every process it waited for. */
  cpuSeconds: number;
  /** Largest resident set size of any one process in the build. */
  peakMemoryBytes: number;
}

function field(report: string, label: string): string {
  const line = report.split('\n').find((candidate) => candidate.trim().startsWith(label));
  const value = line?.slice(line.lastIndexOf(': ') + 2).trim();
  if (!value) throw new Error(`GNU time report has no "${label}" line`);
  return value;
}

/** "1:02:03.5", "0:07.86" (h:mm:ss or m:ss) to seconds. */
export function parseElapsed(text: string): number {
  const parts = text.split(':').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => Number.isNaN(part))) {
    throw new Error(`Unexpected elapsed time "${text}"`);
  }
  return parts.reduce((total, part) => total * 60 + part, 0);
}

export function parseGnuTimeReport(report: string): ResourceFigures {
  return {
    wallSeconds: parseElapsed(field(report, 'Elapsed (wall clock) time')),
    cpuSeconds: Number(field(report, 'User time (seconds)')) + Number(field(report, 'System time (seconds)')),
    peakMemoryBytes: Number(field(report, 'Maximum resident set size (kbytes)')) * 1024,
  };
}

/** Figures from Node's process.resourceUsage() (CPU in microseconds, maxRSS in kilobytes). */
export function figuresFromResourceUsage(
  usage: { userCPUTime: number; systemCPUTime: number; maxRSS: number },
  wallSeconds: number,
): ResourceFigures {
  return {
    wallSeconds,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakMemoryBytes: usage.maxRSS * 1024,
  };
}
