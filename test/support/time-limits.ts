/**
 * Time limits for tests and hooks, loaded by jest.config.js (`setupFilesAfterEnv`). jest-light-runner calls each
 * test and hook itself and ignores Jest's `testTimeout` and the third argument of `test(name, fn, timeout)`
 * (nicolo-ribaudo/jest-light-runner#36, open), so a promise that never settles would hang `npm test` with no
 * output. Here the globals are wrapped at registration: each function races a timer, and a test past its limit
 * fails with Jest's own wording. As under Jest, a synchronous endless loop cannot be interrupted.
 */
export const DEFAULT_TIME_LIMIT_MS = 30_000;

/** Marks the wrapped globals, so a test can check they are in place. */
export const TIME_LIMITED = Symbol.for('production-network.time-limited');

// The real timers, before any test can install fake ones.
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;

/** `fn` as a function that rejects once it has run for `ms` without settling. */
export function withTimeLimit<A extends unknown[]>(fn: (...args: A) => unknown, ms: number, what: string): (...args: A) => Promise<unknown> {
  return (...args: A) =>
    new Promise((resolve, reject) => {
      const timer = realSetTimeout(() => reject(new Error(`Exceeded timeout of ${ms} ms for ${what}.`)), ms);
      Promise.resolve()
        .then(() => fn(...args))
        .then(
          (value) => (realClearTimeout(timer), resolve(value)),
          (error) => (realClearTimeout(timer), reject(error)),
        );
    });
}

type Fn = (...args: any[]) => unknown;

/** A done callback would be taken for a promise-returning function once wrapped: refuse it where it is written. */
function noDoneCallback(fn: Fn, what: string): void {
  if (fn.length > 0) throw new Error(`${what} takes a done callback, which this project's runner does not support: return a promise instead`);
}

/** `test`/`it` with `.each`, `.only` (and `.only.each`) time-limited; `.skip`, `.todo` and the rest as they are. */
function timedTest(base: any): any {
  const timed: any = (name: string, fn?: Fn, timeout?: number) => {
    if (!fn) return base(name);
    noDoneCallback(fn, `test "${name}"`);
    return base(name, withTimeLimit(fn, timeout ?? DEFAULT_TIME_LIMIT_MS, 'a test'), timeout);
  };
  timed.each =
    (...table: unknown[]) =>
    (name: string, fn: Fn, timeout?: number) =>
      base.each(...table)(name, withTimeLimit(fn, timeout ?? DEFAULT_TIME_LIMIT_MS, 'a test'), timeout);
  for (const key of Object.keys(base)) if (!(key in timed)) timed[key] = base[key];
  if (base.only) timed.only = timedTest(base.only);
  timed[TIME_LIMITED] = true;
  return timed;
}

function timedHook(base: any, hook: string): any {
  const timed: any = (fn: Fn, timeout?: number) => {
    noDoneCallback(fn, `a ${hook} hook`);
    return base(withTimeLimit(fn, timeout ?? DEFAULT_TIME_LIMIT_MS, `a ${hook} hook`), timeout);
  };
  timed[TIME_LIMITED] = true;
  return timed;
}

const g = globalThis as any;
if (!g.test[TIME_LIMITED]) {
  g.test = timedTest(g.test);
  g.it = timedTest(g.it);
  g.fit = g.test.only;
  for (const hook of ['beforeAll', 'afterAll', 'beforeEach', 'afterEach']) g[hook] = timedHook(g[hook], hook);
}
