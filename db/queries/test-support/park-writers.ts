// Child process of the concurrency test. It runs several writers, each with its OWN connection to
// the shared database file; writers interleave between transactions (await), and all of this
// process's transactions race the other processes' ones for SQLite's single write lock.
import { openDatabase } from "../../connection";
import { setVehicleParkCell } from "../vehicle-park";
import { systemContext } from "@/lib/request-context";

const TEST_CTX = systemContext("test");

interface Job {
  file: string;
  writers: { city: string; brand: string; base: number }[];
  writesPerWriter: number;
  firstYear: number;
}

const job = JSON.parse(process.argv[2]) as Job;

async function writer(spec: Job["writers"][number]) {
  const db = openDatabase(job.file);
  try {
    for (let k = 0; k < job.writesPerWriter; k++) {
      // a synchronous transaction: if another process holds the lock, busy_timeout makes it wait
      setVehicleParkCell(db, TEST_CTX, { city: spec.city, brand: spec.brand, year: job.firstYear + k, vehicles: spec.base + k });
      await new Promise((r) => setImmediate(r));
    }
  } finally {
    db.$client.close();
  }
  return job.writesPerWriter;
}

process.stdout.write("ready\n");
Promise.all(job.writers.map(writer)).then(
  (counts) => process.stdout.write(`done ${counts.reduce((a, b) => a + b, 0)}\n`),
  (error: Error) => {
    process.stderr.write(`${error.name}: ${error.message}\n`);
    process.exit(1);
  },
);
