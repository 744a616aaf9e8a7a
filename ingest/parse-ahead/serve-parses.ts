import { parentPort } from "node:worker_threads";
import { type ParseOptions, parseFile } from "../parse-file.ts";
import { toWire } from "./wire.ts";

export interface ParseRequest {
  id: number;
  path: string;
  options: ParseOptions;
}

if (!parentPort) throw new Error("serve-parses runs in a worker thread");
const port = parentPort;
port.on("message", async (request: ParseRequest) => {
  try {
    port.postMessage({
      id: request.id,
      parse: toWire(await parseFile(request.path, request.options)),
    });
  } catch (error) {
    // An unexpected failure (a bug, an unreadable file) goes back to the caller to be thrown there.
    const { message, stack } = error as Error;
    const code = (error as NodeJS.ErrnoException).code;
    port.postMessage({ id: request.id, error: { message, stack, code } });
  }
});
