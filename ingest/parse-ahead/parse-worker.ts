import { Worker } from "node:worker_threads";
import type { FileParse, ParseOptions } from "../parse-file.ts";
import type { ParseRequest } from "./serve-parses.ts";
import { fromWire, type WireParse } from "./wire.ts";

type Reply =
  | { id: number; parse: WireParse }
  | { id: number; error: { message: string; stack?: string; code?: string } };

/**
 * Parsing and validating (most of an ingest's work) on a second thread. Its young generation
 * is larger than the default: parsing allocates many short-lived objects, and with the
 * default size the collector took a third of the time.
 */
export interface ParseWorker {
  parse(path: string, options: ParseOptions): Promise<FileParse>;
  close(): Promise<void>;
}

export function startParseWorker(): ParseWorker {
  const worker = new Worker(new URL("./worker.js", import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: 48 },
  });
  const pending = new Map<
    number,
    { resolve: (parse: FileParse) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on("message", (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if ("error" in reply) {
      const error = Object.assign(new Error(reply.error.message), reply.error);
      waiting.reject(error);
    } else {
      try {
        waiting.resolve(fromWire(reply.parse));
      } catch (error) {
        waiting.reject(error as Error);
      }
    }
  });
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`the parse worker stopped (exit code ${code})`)));
  return {
    parse(path, options) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        try {
          worker.postMessage({ id, path, options } satisfies ParseRequest);
        } catch (error) {
          pending.delete(id);
          reject(error as Error);
        }
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
