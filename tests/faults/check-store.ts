import { sql } from "kysely";
import { openStore, type StoreOptions } from "../../warehouse/open-store.ts";

/** What a look at the event store found: its size, its event ids and every inconsistency. */
export interface StoreCheck {
  deliveries: number;
  events: number;
  /** Sorted: content-derived, so two stores that learned the same things hold the same ids. */
  eventIds: string[];
  /** How many events each recorded delivery holds. */
  eventsPerDelivery: Map<string, number>;
  problems: string[];
}

/**
 * Counts a delivery's own events: a snapshot delivered again for an earlier peildatum also
 * re-states the next snapshot (plan-events.ts), events dated after its peildatum that its counts
 * leave out.
 */
export function promisedEventsSql(deliveries: string, events: string): string {
  return `
    SELECT d.delivery_id::text AS delivery_id,
           (d.added + d.corrected + d.withdrawn)::int AS promised,
           (count(e.delivery_id) FILTER (WHERE d.peildatum IS NULL OR e.occurred_at <= d.peildatum))::int AS own,
           count(e.delivery_id)::int AS held
    FROM ${deliveries} d LEFT JOIN ${events} e ON e.delivery_id = d.delivery_id
    GROUP BY d.delivery_id, d.added, d.corrected, d.withdrawn
    ORDER BY 1`;
}

/** The events whose delivery is not recorded, per delivery_id. */
export function orphanEventsSql(deliveries: string, events: string): string {
  return `
    SELECT e.delivery_id::text AS delivery_id, count(*)::int AS n FROM ${events} e
    WHERE NOT EXISTS (SELECT 1 FROM ${deliveries} d WHERE d.delivery_id = e.delivery_id)
    GROUP BY e.delivery_id
    ORDER BY 1`;
}

/**
 * Opens the store and checks that every delivery holds exactly the events its counts promise
 * (added + corrected + withdrawn), that no event lacks its delivery and that no event id is
 * stored twice.
 */
export async function checkStore(options: StoreOptions): Promise<StoreCheck> {
  const store = await openStore(options);
  try {
    const perDelivery = await sql<{
      delivery_id: string;
      promised: number;
      own: number;
      held: number;
    }>`${sql.raw(promisedEventsSql("deliveries", "events"))}`.execute(store.db);
    const orphans = await sql<{ delivery_id: string; n: number }>`${sql.raw(
      orphanEventsSql("deliveries", "events"),
    )}`.execute(store.db);
    const doubled = await sql<{ event_id: string; n: number }>`
      SELECT event_id::text, count(*)::int AS n FROM events GROUP BY event_id HAVING count(*) > 1`.execute(
      store.db,
    );
    const ids = await sql<{ event_id: string }>`
      SELECT event_id::text FROM events ORDER BY event_id`.execute(store.db);
    const problems = [
      ...perDelivery.rows
        .filter((row) => row.own !== row.promised)
        .map(
          (row) =>
            `store: delivery ${row.delivery_id} promises ${row.promised} events and holds ${row.own}`,
        ),
      ...orphans.rows.map(
        (row) => `store: ${row.n} events of delivery ${row.delivery_id}, which is not recorded`,
      ),
      ...doubled.rows.map((row) => `store: event ${row.event_id} is stored ${row.n} times`),
    ];
    return {
      deliveries: perDelivery.rows.length,
      events: ids.rows.length,
      eventIds: ids.rows.map((row) => row.event_id),
      eventsPerDelivery: new Map(perDelivery.rows.map((row) => [row.delivery_id, row.held])),
      problems,
    };
  } finally {
    await store.close();
  }
}
