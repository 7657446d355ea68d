/**
 * What every request passes before a route: it must be addressed to a name
 * the server answers (no DNS rebinding), a write must come from the server's
 * own pages, and every answer carries the security headers.
 */
import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { ApiError } from './errors.js';
import type { PageEnv } from './pages.js';

/** Random bytes in each response's CSP nonce (128 bits). */
const NONCE_BYTES = 16;
/** Methods that only read: a page of any site may send them. */
const READ_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/** Whether a request's content type is exactly JSON: the media type parsed, not searched for (`text/plain; x=application/json` is not). */
export function isJsonMediaType(header: string | undefined): boolean {
  const [type, ...params] = (header ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}

/**
 * Why a write is refused as coming from another site, or null when it may go on. A browser names
 * the page a request comes from (Origin, Sec-Fetch-Site); a client that names none (curl, a script)
 * is not a page another site could make a visitor's browser send.
 */
export function crossSite(headers: { origin?: string; site?: string; host?: string }): string | null {
  if (headers.site && headers.site !== 'same-origin' && headers.site !== 'none') return `a ${headers.site} request (Sec-Fetch-Site) may not write`;
  if (headers.origin === undefined) return null;
  let origin: URL;
  try {
    origin = new URL(headers.origin);
  } catch {
    return `origin ${JSON.stringify(headers.origin)} may not write`;
  }
  return origin.protocol === 'http:' && origin.host === headers.host?.toLowerCase() ? null : `origin ${headers.origin} may not write (only pages of this server may)`;
}

/** Refuses a request to a host not in `allowedHosts` (when given) and a write from another site. */
export function guardRequests(app: Hono<PageEnv>, allowedHosts: ReadonlySet<string> | undefined): void {
  app.use('*', async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (allowedHosts && !(host && allowedHosts.has(host))) {
      throw new ApiError(421, 'bad-host', `this server does not answer to host ${JSON.stringify(host ?? '')} (serve --allow-host NAME adds a name)`);
    }
    if (!READ_METHODS.includes(c.req.method)) {
      const refused = crossSite({ origin: c.req.header('origin'), site: c.req.header('sec-fetch-site'), host });
      if (refused) throw new ApiError(403, 'cross-origin', refused);
    }
    await next();
  });
}

/** A nonce per response for the pages' inline style and script, and headers that keep a page from being framed or sniffed. */
export function securityHeaders(app: Hono<PageEnv>): void {
  app.use('*', async (c, next) => {
    const nonce = randomBytes(NONCE_BYTES).toString('base64');
    c.set('nonce', nonce);
    await next();
    c.header('Content-Security-Policy', `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
}
