import { formatieVoorRol } from "./formatie-records.ts";
import { createRandom, type Random } from "./random-source.ts";

/** One training session at scale 1. */
export interface Sessie {
  onderwerp: string;
  aanbieder: string;
  doelgroep: string;
  deelnemers: number;
  quarter: number;
}

/** Splits participants over sessions of about twelve, each in the next quarter round. */
function spread(
  total: number,
  make: (deelnemers: number, n: number) => Omit<Sessie, "deelnemers" | "quarter">,
  firstQuarter: number,
): Sessie[] {
  const sessions = Math.max(1, Math.ceil(total / 12));
  return Array.from({ length: sessions }, (_, n) => ({
    ...make(total, n),
    deelnemers: Math.floor(total / sessions) + (n < total % sessions ? 1 : 0),
    quarter: ((firstQuarter - 1 + n) % 4) + 1,
  })).filter((s) => s.deelnemers > 0);
}

// Coverage of the Bibob and TOV trainings: around 50–80 % in 2025, complete from 2026 except
// where a gemeente is still catching up.
function coverage(random: Random, org: string, year: number): number {
  const behind = org === "GM0184" || org === "WS-ZZL";
  if (year <= 2025)
    return org === "WS-ZZL" ? 0.3 + random.float() * 0.15 : 0.5 + random.float() * 0.3;
  return behind && org !== "WS-ZZL" ? 0.5 + random.float() * 0.3 : 1 + random.float() * 0.2;
}

/** Every training session an organisation holds or joins in a year, at scale 1. */
export function sessiesOfYear(seed: number, org: string, type: string, year: number): Sessie[] {
  const random = createRandom(seed, org, "trainingen", year, "plan");
  const formatie = (rol: string) => formatieVoorRol(seed, org, type, rol, `${year}-06-30`);
  const sessies: Sessie[] = [];
  const add = (s: Omit<Sessie, "deelnemers">, min: number, max: number) =>
    sessies.push({ ...s, deelnemers: random.int(min, max) });
  if (type === "gemeente" || type === "provincie") {
    const bibob = Math.max(
      1,
      Math.round(coverage(random, org, year) * formatie("bibob_medewerker")),
    );
    const aanbieder = random.pick(["lbb", "riec"]);
    sessies.push(
      ...spread(bibob, () => ({ onderwerp: "bibob", aanbieder, doelgroep: "bibob_medewerker" }), 2),
    );
    const handhavers = formatie("boa_ondermijning") + formatie("toezichthouder_ondermijning");
    const tov = Math.round(coverage(random, org, year) * handhavers);
    sessies.push(
      ...spread(
        tov,
        (_, n) => ({
          onderwerp: n % 3 === 2 ? "bestuurlijk_instrumentarium" : "ondermijning_signalering",
          aanbieder: "tov",
          doelgroep: n % 2 === 0 ? "boa" : "toezichthouder",
        }),
        1,
      ),
    );
    for (let n = random.int(2, 4); n > 0; n--) {
      add(
        { onderwerp: "integriteit", aanbieder: "intern", doelgroep: "ambtenaar", quarter: n },
        15,
        40,
      );
    }
    add(
      { onderwerp: "mensenhandel", aanbieder: "extern", doelgroep: "toezichthouder", quarter: 3 },
      6,
      18,
    );
    if (random.chance(0.6)) {
      add(
        {
          onderwerp: "ondermijning_signalering",
          aanbieder: "riec",
          doelgroep: "raadslid",
          quarter: 1,
        },
        8,
        25,
      );
    }
    if (org === "GM0034" || org === "GM0995") {
      add(
        {
          onderwerp: "bestuurlijk_instrumentarium",
          aanbieder: "tov",
          doelgroep: "jurist",
          quarter: 2,
        },
        4,
        10,
      );
    }
    if (year >= 2026 && type === "gemeente") {
      add({ onderwerp: "explosies", aanbieder: "riec", doelgroep: "bestuurder", quarter: 3 }, 2, 6);
    }
  } else if (type === "politie") {
    for (let n = random.int(8, 14); n > 0; n--) {
      add(
        {
          onderwerp: "ondermijning_signalering",
          aanbieder: "intern",
          doelgroep: "overig",
          quarter: (n % 4) + 1,
        },
        10,
        25,
      );
    }
    add({ onderwerp: "integriteit", aanbieder: "intern", doelgroep: "overig", quarter: 2 }, 15, 30);
    add(
      { onderwerp: "mensenhandel", aanbieder: "extern", doelgroep: "overig", quarter: 4 },
      10,
      20,
    );
  } else if (type === "om") {
    add({ onderwerp: "bibob", aanbieder: "lbb", doelgroep: "jurist", quarter: 1 }, 3, 8);
    add({ onderwerp: "integriteit", aanbieder: "intern", doelgroep: "jurist", quarter: 3 }, 10, 25);
  } else if (type === "waterschap") {
    const handhavers = formatie("boa_ondermijning") + formatie("toezichthouder_ondermijning");
    const total = Math.max(1, Math.round(coverage(random, org, year) * handhavers));
    sessies.push(
      ...spread(
        total,
        (_, n) => ({
          onderwerp: "ondermijning_signalering",
          aanbieder: "riec",
          doelgroep: n % 2 === 0 ? "toezichthouder" : "boa",
        }),
        2,
      ),
    );
    add(
      { onderwerp: "integriteit", aanbieder: "intern", doelgroep: "ambtenaar", quarter: 4 },
      20,
      40,
    );
  } else {
    add(
      {
        onderwerp: "bestuurlijk_instrumentarium",
        aanbieder: "tov",
        doelgroep: "jurist",
        quarter: 1,
      },
      8,
      16,
    );
    add(
      {
        onderwerp: "bestuurlijk_instrumentarium",
        aanbieder: "tov",
        doelgroep: "jurist",
        quarter: 3,
      },
      8,
      16,
    );
    add(
      {
        onderwerp: "ondermijning_signalering",
        aanbieder: "riec",
        doelgroep: "ambtenaar",
        quarter: 2,
      },
      15,
      40,
    );
  }
  return sessies;
}
