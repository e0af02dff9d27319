import type { MiddlewareHandler } from 'hono';

export type LogSink = (line: string) => void;

/** One JSON line per request: what ops tooling greps and ships. */
export function requestLog(sink: LogSink = (line) => process.stdout.write(line + '\n')): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    sink(
      JSON.stringify({
        time: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      }),
    );
  };
}
