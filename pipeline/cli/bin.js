#!/usr/bin/env node
// The npm entry point: runs the TypeScript CLI through tsx, so no build step is needed.
import { register } from "tsx/esm/api";

register();
await import("./main.ts");
