/**
 * `crosscheck serve`: the HTTP API and web UI over the store.
 */
import { openStore } from '../../store/index.js';
import { serve } from '../../server/app.js';
import { parse, port } from '../args.js';
import { note } from '../io.js';
import { commonOptions, DEFAULT_DB, optionsFrom } from './common.js';
import { pendingLines } from './stories.js';

export const serveHelp = `crosscheck serve [--port 8080] [--host 127.0.0.1] [--allow-host NAME]... [--db FILE|URL]
  Serves the JSON API (described at /openapi.json) and the web UI: stories, story pages, upload.
  Answers only requests addressed to the bound address (any loopback name when it is one) or to a
  NAME given with --allow-host (e.g. a reverse proxy's name); writes only from its own pages.`;

export async function serveCommand(argv: readonly string[]): Promise<number> {
  const { values } = parse(argv, { ...commonOptions, port: { type: 'string' }, host: { type: 'string' }, 'allow-host': { type: 'string', multiple: true } });
  // Checked before the store is opened: a bad port must not leave a new database file behind.
  const at = port('port', values.port, 8080);
  const store = await openStore(values.db ?? DEFAULT_DB);
  const server = await serve({ port: at, store, host: values.host ?? '127.0.0.1', allowHosts: values['allow-host'] ?? [], options: optionsFrom(values) });
  note(`crosscheck: serving ${server.url} (Ctrl-C to stop)`);
  for (const line of await pendingLines(store)) note(line);
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
  await server.close();
  await store.close();
  return 0;
}
