import { describe, expect, it } from "vitest";
import { hidePassword } from "../../warehouse/hide-password.ts";

describe("hidePassword(text, databaseUrl)", () => {
  it("masks the whole URL and the password quoted on its own", () => {
    const url = "postgres://ingest:S3cr3t-p4ss@db.example.nl:5432/nm";
    expect(hidePassword(`connect to ${url} failed; password S3cr3t-p4ss rejected`, url)).toBe(
      "connect to postgres://ingest:***@db.example.nl:5432/nm failed; password *** rejected",
    );
  });

  it("hides a percent-encoded password both as written and decoded", () => {
    // "p@ss/wörd" is written p%40ss%2Fw%C3%B6rd in a URL.
    const url = "postgres://ingest:p%40ss%2Fw%C3%B6rd@db/nm";
    expect(hidePassword("a: p%40ss%2Fw%C3%B6rd, b: p@ss/wörd", url)).toBe("a: ***, b: ***");
  });

  it("hides a password in a URL the URL parser refuses, and in a query parameter", () => {
    expect(
      hidePassword(
        "Invalid URL: postgres://u:S3cr3t@127.0.0.1:notaport/x",
        "postgres://u:S3cr3t@127.0.0.1:notaport/x",
      ),
    ).toBe("Invalid URL: postgres://u:***@127.0.0.1:notaport/x");
    expect(hidePassword("echo S3cr3t", "postgres://db/nm?password=S3cr3t&sslmode=require")).toBe(
      "echo ***",
    );
  });

  it("hides a password of a key=value connection string, quoted or not", () => {
    expect(hidePassword("x S3cr3t y", "host=db user=u password=S3cr3t dbname=nm")).toBe("x *** y");
    expect(hidePassword("x S3 cr3t y", "host=db password='S3 cr3t' dbname=nm")).toBe("x *** y");
  });

  it("leaves text alone when the URL has no password", () => {
    expect(hidePassword("postgres://u@db/nm refused", "postgres://u@db/nm")).toBe(
      "postgres://u@db/nm refused",
    );
  });
});
