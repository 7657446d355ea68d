/**
 * Jobs of workers that died. graphile-worker 0.17 keeps a job locked for four hours (there is no
 * heartbeat) and offers `forceUnlockWorkers(ids)` for workers known to be gone. So each worker
 * process registers its pool's id (the name graphile-worker locks jobs in) with the backend pid of
 * one connection it holds open for its whole life: a pool whose connection is gone (its process
 * ended, however it ended) is dead. Every worker process unlocks dead pools' jobs when it starts
 * (`--once` included) and every RECOVER_INTERVAL_MS, so they run again within seconds, not hours.
 */
import pg from 'pg';
import type { WorkerUtils } from 'graphile-worker';

/** How often a running worker looks for dead workers' jobs. */
export const RECOVER_INTERVAL_MS = 30_000;

const TABLE = 'crosscheck_workers';
/** The advisory lock taken while the registry is created (the store's migrations take another). */
const REGISTRY_LOCK = 74210319;

export class Liveness {
  private constructor(private readonly client: pg.Client, private readonly pid: number) {}

  /** Opens the connection this process holds for its life, creating the registry if needed. */
  static async open(connectionString: string): Promise<Liveness> {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      // Workers starting together race on CREATE TABLE IF NOT EXISTS (a duplicate key in pg_type): one creates it at a time.
      await client.query('SELECT pg_advisory_lock($1)', [REGISTRY_LOCK]);
      try {
        await client.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (worker_id TEXT PRIMARY KEY, backend_pid INTEGER NOT NULL, started_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [REGISTRY_LOCK]);
      }
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      return new Liveness(client, rows[0]!.pid);
    } catch (e) {
      await client.end();
      throw e;
    }
  }

  /** Records that the worker pool `id` belongs to this process. */
  async register(id: string): Promise<void> {
    await this.client.query(`INSERT INTO ${TABLE} (worker_id, backend_pid) VALUES ($1, $2) ON CONFLICT (worker_id) DO UPDATE SET backend_pid = EXCLUDED.backend_pid`, [id, this.pid]);
  }

  /** Unlocks the jobs of registered pools whose process is gone; returns their ids. */
  async recover(utils: WorkerUtils): Promise<string[]> {
    const { rows } = await this.client.query<{ worker_id: string }>(
      `SELECT worker_id FROM ${TABLE} w WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = w.backend_pid)`);
    const dead = rows.map((r) => r.worker_id);
    if (dead.length === 0) return [];
    await utils.forceUnlockWorkers(dead);
    await this.client.query(`DELETE FROM ${TABLE} WHERE worker_id = ANY($1)`, [dead]);
    return dead;
  }

  /** Removes this process's pools from the registry (they stopped cleanly) and closes the connection. */
  async close(): Promise<void> {
    try {
      await this.client.query(`DELETE FROM ${TABLE} WHERE backend_pid = $1`, [this.pid]);
    } finally {
      await this.client.end();
    }
  }
}
