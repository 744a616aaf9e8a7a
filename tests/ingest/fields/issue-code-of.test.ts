import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldIssue } from "../../../ingest/fields/field-issue.ts";
import { issueCodeOf } from "../../../ingest/fields/issue-code-of.ts";

function firstIssue(schema: z.ZodType, value: unknown): z.core.$ZodIssue {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a refusal");
  const [issue] = result.error.issues;
  if (!issue) throw new Error("expected an issue");
  return issue;
}

describe("issueCodeOf(zodIssue)", () => {
  it("reads the code that fieldIssue put in params", () => {
    const schema = z.string().superRefine((value, ctx) => {
      ctx.addIssue(fieldIssue("not-a-gemeente", "een gemeentecode", value));
    });
    expect(issueCodeOf(firstIssue(schema, "PV24"))).toBe("not-a-gemeente");
  });

  it("takes a key missing from an object as required", () => {
    expect(issueCodeOf(firstIssue(z.object({ a: z.string() }), {}))).toBe("required");
  });

  it("takes any other issue, or an unknown params code, as rule", () => {
    expect(issueCodeOf(firstIssue(z.string().min(3), "ab"))).toBe("rule");
    const odd = z.string().superRefine((_, ctx) => {
      ctx.addIssue({ code: "custom", message: "x", params: { issueCode: "bestaat-niet" } });
    });
    expect(issueCodeOf(firstIssue(odd, "a"))).toBe("rule");
  });
});
