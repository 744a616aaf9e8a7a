// Opens the embedded store in another process, for the test that two processes never share it.
// Usage: node --import tsx open-store-in-child.ts <home> [hold]
import { openStore } from "../../warehouse/open-store.ts";

const [home, mode] = process.argv.slice(2);
try {
  const store = await openStore({ home });
  if (mode === "hold") {
    console.log(JSON.stringify({ opened: true }));
    setInterval(() => {}, 60_000);
  } else {
    await store.close();
    console.log(JSON.stringify({ opened: true }));
  }
} catch (error) {
  const { name, message } = error as Error;
  console.log(JSON.stringify({ opened: false, name, message }));
}
