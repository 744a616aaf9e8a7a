import type { z } from "zod";

/**
 * Options for a row-level superRefine so that it runs whenever the columns it reads were read
 * cleanly: a bad cell elsewhere in the row must not hide a broken cross-field rule.
 */
export function whenColumnsValid(columns: readonly string[]): z.core.$ZodSuperRefineParams {
  return {
    when: (payload) =>
      typeof payload.value === "object" &&
      payload.value !== null &&
      !payload.issues.some((issue) => {
        const column = issue.path?.[0];
        return column === undefined || columns.includes(String(column));
      }),
  };
}
