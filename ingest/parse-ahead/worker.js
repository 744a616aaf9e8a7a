// A parse worker's entry: registers tsx in this thread (loader hooks are per thread here), then
// serves parse requests. Plain JavaScript so it loads the same from the CLI and from tests.
import { register } from "tsx/esm/api";

register();
await import("./serve-parses.ts");
