import { contentUuid } from "./content-hash.ts";
import type { DiffedDelivery } from "./plan-events.ts";

/** The same bytes delivered as the same organisation, kind and period are the same delivery. */
export function deliveryIdOf(delivery: Omit<DiffedDelivery, "fileName">): string {
  return contentUuid(
    "delivery",
    delivery.sha256,
    delivery.organisatie.code,
    delivery.spec.soort,
    delivery.periode.code,
  );
}
