/**
 * Fetching a feed URL for `watch`: the body is read as a stream and counted after decompression,
 * and reading stops (the connection is dropped) at the byte cap, so neither a huge feed nor a small
 * gzip of a huge one is ever held whole. Nothing is written to disk.
 */

/** How long one fetch may take, headers and body together. */
export const FETCH_TIMEOUT_MS = 20_000;

export class TooLarge extends Error {}

/**
 * The body of `url`, decompressed, or a TooLarge error once it passes `maxBytes`; any other
 * failure (status, network, timeout) is thrown as an Error saying what happened.
 */
export async function fetchCapped(url: string, maxBytes: number, timeoutMs = FETCH_TIMEOUT_MS): Promise<Uint8Array> {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(new Error(`no complete answer within ${timeoutMs / 1000} s`)), timeoutMs);
  try {
    const res = await fetch(url, { signal: stop.signal });
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
    const declared = Number(res.headers.get('content-length') ?? NaN);
    // Content-Length counts the bytes sent, which for a compressed body is less than what is read.
    if (!res.headers.get('content-encoding') && declared > maxBytes) throw new TooLarge(`the answer is ${declared} bytes; the limit is ${maxBytes}`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new TooLarge(`the answer is larger than ${maxBytes} bytes${res.headers.get('content-encoding') ? ' once decompressed' : ''}; stopped reading there`);
      }
      chunks.push(value);
    }
    const body = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      body.set(c, at);
      at += c.byteLength;
    }
    return body;
  } catch (e) {
    throw stop.signal.aborted && stop.signal.reason instanceof Error ? stop.signal.reason : e;
  } finally {
    clearTimeout(timer);
    stop.abort();
  }
}
