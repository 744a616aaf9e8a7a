import { dbOf, type Queryable } from "./store.ts";

/** How many events the store holds. */
export async function countEvents(source: Queryable): Promise<number> {
  const row = await dbOf(source)
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
