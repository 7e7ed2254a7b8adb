// Small pieces of shutdown: close() that may be called twice, and a step raced
// against a timeout.

export function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= fn());
}

/** Waits for `step`; after `ms`, runs `onTimeout` (e.g. a forced close) and waits for that instead. */
export async function raceTimeout(step: Promise<unknown>, ms: number, onTimeout: () => Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  const winner = await Promise.race([step.then(() => 'done' as const), timedOut]);
  clearTimeout(timer);
  if (winner === 'timeout') await onTimeout();
}
