// Run in a child process: takes the warehouse lock of the home in argv[2], says so and holds it
// until killed, as a build does while it works.
import { lockWarehouse } from "../../pipeline/warehouse-file/lock-warehouse.ts";

await lockWarehouse(process.argv[2] as string);
process.stdout.write("locked\n");
setInterval(() => {}, 60_000);
