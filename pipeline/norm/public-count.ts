import { publicationRules } from "./publication-rules.ts";

const { minCount, smallCountLabel, roundTo, minDenominator } = publicationRules;

/** A count as the public may see it: 0 stays 0, 1–4 become "<5", others round to the nearest 5. */
export function publicCount(count: number): number | typeof smallCountLabel {
  if (count > 0 && count < minCount) return smallCountLabel;
  return Math.round(count / roundTo) * roundTo;
}

/** Whether a share with this denominator may be published. */
export function mayPublishShare(denominator: number): boolean {
  return denominator >= minDenominator;
}
