import { describe, expect, it } from "vitest";
import { openStore } from "../../warehouse/open-store.ts";
import { StoreUnavailableError } from "../../warehouse/store-unavailable-error.ts";

describe("openStore({ databaseUrl })", () => {
  it("reports a server it cannot reach without showing the password", async () => {
    // Port 1 on this machine: nothing listens there, so the connection is refused at once.
    const opening = openStore({ databaseUrl: "postgres://ingest:g3heim@127.0.0.1:1/normmonitor" });

    const error = await opening.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    const { message } = error as StoreUnavailableError;
    expect(message).toContain(
      "Kan de database postgres://ingest:***@127.0.0.1:1/normmonitor niet openen",
    );
    expect(message).not.toContain("g3heim");
    expect(JSON.stringify(error)).not.toContain("g3heim");
  });
});
