import { previewValue } from "../checks/preview-value.ts";
import type { Issue } from "../issue.ts";

export const MAX_FIELD_CHARS = 1000;

/** Where a field is: its CSV line or JSON record, and its column. */
export interface FieldPlace {
  line?: number | undefined;
  record?: number | undefined;
  column: string;
}

/** A `field-too-long` issue when the text has more than 1,000 characters; it shows only the first 20. */
export function fieldTooLong(file: string, text: string, place: FieldPlace): Issue | undefined {
  // Counting code points is only needed when the code units already exceed the limit.
  if (text.length <= MAX_FIELD_CHARS) return undefined;
  let chars = 0;
  for (const _ of text) if (++chars > MAX_FIELD_CHARS) break;
  if (chars <= MAX_FIELD_CHARS) return undefined;
  return {
    code: "field-too-long",
    severity: "error",
    file,
    ...(place.line !== undefined && { line: place.line }),
    ...(place.record !== undefined && { record: place.record }),
    column: place.column,
    value: previewValue(text, 20),
    expected: `een waarde van hoogstens ${MAX_FIELD_CHARS} tekens`,
  };
}
