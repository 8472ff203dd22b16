/** Wall-clock milliseconds one call takes: for hang checks with wide margins, not for speed figures. */
export function msToRun(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
