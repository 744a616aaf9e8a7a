import pg from "pg";

const serverUrl = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432";

/** The URL of database `name` on the benchmark server. */
export function databaseUrl(name: string): string {
  return `${serverUrl}/${name}`;
}

/** Creates an empty database `name` (dropping a leftover of an interrupted run) and returns its URL. */
export async function createDatabase(name: string): Promise<string> {
  await onServer(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  return databaseUrl(name);
}

/** Drops database `name`, ending any connection still open to it. */
export async function dropDatabase(name: string): Promise<void> {
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

async function onServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl("postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
