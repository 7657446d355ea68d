/**
 * One error type for the API and one handler: a 4xx says what was wrong with
 * the request; anything else is a 500 that shows nothing internal.
 */
import type { Context } from 'hono';

export class ApiError extends Error {
  constructor(readonly status: 400 | 403 | 404 | 405 | 409 | 413 | 415 | 421 | 422, readonly code: string, message: string) {
    super(message);
  }
}

export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json({ error: { code: err.code, message: err.message } }, err.status);
  process.stderr.write(`crosscheck serve: ${err.message}\n`);
  return c.json({ error: { code: 'internal', message: 'something went wrong on the server' } }, 500);
}
