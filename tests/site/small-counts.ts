/** A count in a data file that the publication rules forbid (1–4), with where it was found. */
export interface SmallCount {
  path: string;
  value: number;
}

const countKey = /^(aantal|records$|leveringen$|correcties$|intrekkingen$)/;

/** Every count field (aantal*, records, leveringen, correcties, intrekkingen) holding 1, 2, 3 or 4. */
export function findSmallCounts(value: unknown, path = ""): SmallCount[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => findSmallCounts(item, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const here = `${path}.${key}`;
    if (countKey.test(key) && typeof inner === "number" && inner >= 1 && inner <= 4)
      return [{ path: here, value: inner }];
    return findSmallCounts(inner, here);
  });
}
