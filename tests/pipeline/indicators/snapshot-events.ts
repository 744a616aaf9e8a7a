import type { TestDelivery, TestEvent } from "../model-warehouse.ts";

export interface MaatregelFields {
  onderdeel?: string | null;
  soort?: string;
  status?: string;
  datum_vastgesteld?: string | null;
  geldig_tot?: string | null;
  datum_evaluatie?: string | null;
}

/**
 * A register item as delivered in a maatregelen snapshot on `peildatum` (its occurred_at): a
 * vastgesteld beleid unless told otherwise.
 */
export function maatregel(
  organisatie: string,
  id: string,
  ambitiepunt: string,
  peildatum: string,
  fields: MaatregelFields = {},
  type: TestEvent["type"] = "RecordDelivered",
): TestEvent {
  const status = fields.status ?? "vastgesteld";
  return {
    organisatie,
    soort: "maatregelen",
    recordId: id,
    occurredAt: peildatum,
    type,
    payload:
      type === "RecordWithdrawn"
        ? null
        : {
            maatregel_id: id,
            ambitiepunt,
            onderdeel: fields.onderdeel ?? null,
            soort: fields.soort ?? "beleid",
            omschrijving: `Maatregel ${id}`,
            status,
            datum_vastgesteld:
              fields.datum_vastgesteld !== undefined
                ? fields.datum_vastgesteld
                : status === "vastgesteld" || status === "gerealiseerd"
                  ? "2024-03-01"
                  : null,
            geldig_tot: fields.geldig_tot ?? null,
            datum_evaluatie: fields.datum_evaluatie ?? null,
            vindplaats: null,
          },
  };
}

/** A formatie line (rol, eenheid) as delivered in a formatie snapshot on `peildatum`. */
export function formatie(
  organisatie: string,
  rol: string,
  aantal: number,
  peildatum: string,
  type: TestEvent["type"] = "RecordDelivered",
): TestEvent {
  return {
    organisatie,
    soort: "formatie",
    recordId: `${rol}|`,
    occurredAt: peildatum,
    type,
    payload: type === "RecordWithdrawn" ? null : { rol, eenheid: null, aantal },
  };
}

/** The delivery of a snapshot kind (maatregelen, formatie) on `peildatum`, in its quarter. */
export function snapshot(organisatie: string, soort: string, peildatum: string): TestDelivery {
  const quarter = Math.floor((Number(peildatum.slice(5, 7)) - 1) / 3) + 1;
  return { organisatie, soort, periode: `${peildatum.slice(0, 4)}-Q${quarter}`, peildatum };
}
