/**
 * `crosscheck serve`: the HTTP API and web UI over the store.
 */
import { openStore } from '../../store/index.js';
import { serve } from '../../server/app.js';
import { parse, port } from '../args.js';
import { note } from '../io.js';
import { commonOptions, DEFAULT_DB } from './common.js';

export const serveHelp = `crosscheck serve [--port 8080] [--host 127.0.0.1] [--db FILE|URL]
  Serves the JSON API (described at /openapi.json) and the web UI: stories, story pages, upload.`;

export async function serveCommand(argv: readonly string[]): Promise<number> {
  const { values } = parse(argv, { ...commonOptions, port: { type: 'string' }, host: { type: 'string' } });
  // Checked before the store is opened: a bad port must not leave a new database file behind.
  const at = port('port', values.port, 8080);
  const store = await openStore(values.db ?? DEFAULT_DB);
  const server = await serve({ port: at, store, host: values.host ?? '127.0.0.1' });
  note(`crosscheck: serving ${server.url} (Ctrl-C to stop)`);
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
  await server.close();
  await store.close();
  return 0;
}
