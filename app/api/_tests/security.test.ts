// Issue 15 against the route handlers: CSRF, body limits, rate limits, names and numbers, error shape.
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { GET as coverageGET } from "../coverage/route";
import { GET as oneGET } from "../dealerships/[id]/route";
import { POST as dealershipsPOST } from "../dealerships/route";
import { POST as parkImportPOST } from "../import/vehicle-park/route";
import { POST as dealershipImportPOST } from "../import/dealerships/route";
import { POST as suggestionsPOST } from "../suggestions/route";
import { PUT as parkPUT } from "../vehicle-park/route";
import { errorResponse } from "../_lib/respond";
import { countingStream, JSON_SAME_ORIGIN, makeRequest, site } from "./helpers";

const createSite = (body: unknown, headers: Record<string, string> = JSON_SAME_ORIGIN, address?: string) =>
  dealershipsPOST(makeRequest({ method: "POST", path: "/api/dealerships", body: JSON.stringify(body), headers, address }));

afterEach(() => {
  delete process.env.RATE_LIMIT_WRITES_PER_MINUTE;
  delete process.env.RATE_LIMIT_IMPORTS_PER_MINUTE;
});

describe("one error shape", () => {
  it("answers {error: {code, message, fields}} with the code's status", async () => {
    const missing = await oneGET(makeRequest({ path: "/api/dealerships/999999" }), { params: Promise.resolve({ id: "999999" }) });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "not_found", message: "Dealership 999999 does not exist", fields: {} } });

    const bad = await createSite(site("Bad bays", { serviceBays: -1 }));
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error.code).toBe("invalid_field");
    expect(Object.keys(body.error.fields)).toEqual(["serviceBays"]);
  });

  it("an unexpected error answers 500 internal with a generic message: no stack, no path", async () => {
    const original = console.error;
    console.error = () => undefined; // the error is logged server-side; keep the test output clean
    try {
      const res = errorResponse(new Error("ENOENT: /srv/planner/data/planner.db at Object.openSync (node:fs:573:3)"));
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: { code: "internal", message: "Something went wrong on the server; nothing was changed.", fields: {} } });
      expect(text).not.toMatch(/planner\.db|node:fs|ENOENT/);
    } finally {
      console.error = original;
    }
  });

  it("records the request's actor in the audit log", async () => {
    const res = await createSite(site("Audited site"));
    expect(res.status).toBe(201);
    const { dealership } = await res.json();
    const [entry] = listAudit(getDb(), { entity: "dealership", entityId: dealership.id });
    expect(entry).toMatchObject({ action: "create", actor: expect.stringMatching(/^planner-[\d.]+@test\.example$/) });
    expect(entry.actorId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("CSRF (finding 1)", () => {
  it("refuses a cross-site write with 403, whatever its Content-Type", async () => {
    for (const contentType of ["text/plain", "application/json"]) {
      const res = await createSite(site(`Forged ${contentType}`), { "content-type": contentType, origin: "https://evil.example" });
      expect(res.status, contentType).toBe(403);
      expect((await res.json()).error.code).toBe("forbidden");
    }
    const viaFetchMetadata = await createSite(site("Forged by metadata"), { "content-type": "application/json", "sec-fetch-site": "cross-site" });
    expect(viaFetchMetadata.status).toBe(403);
  });

  it("refuses a cross-site import, and a text/plain one from anywhere (415)", async () => {
    const csv = "city,brand,year,vehicles\nAlmaty,haval,2025,1234\n";
    const forged = await parkImportPOST(
      makeRequest({ method: "POST", path: "/api/import/vehicle-park?dryRun=false", body: csv, headers: { "content-type": "text/plain", origin: "https://evil.example" } }),
    );
    expect(forged.status).toBe(403);
    const plain = await parkImportPOST(makeRequest({ method: "POST", path: "/api/import/vehicle-park?dryRun=true", body: csv, headers: { "content-type": "text/plain" } }));
    expect(plain.status).toBe(415);
    expect((await plain.json()).error.code).toBe("unsupported_media_type");
    const ok = await parkImportPOST(
      makeRequest({ method: "POST", path: "/api/import/vehicle-park?dryRun=true", body: csv, headers: { "content-type": "text/csv", origin: "http://planner.test" } }),
    );
    expect(ok.status).toBe(200);
  });

  it("a JSON write must say application/json (415 otherwise); a same-origin one is accepted", async () => {
    const plain = await createSite(site("Plain text body"), { "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect((await createSite(site("Same origin site"))).status).toBe(201);
    // scripts send no Origin: they hold no victim's cookies and are let through
    expect((await createSite(site("Scripted site"), { "content-type": "application/json" })).status).toBe(201);
  });
});

describe("body limits counted while reading (finding 3)", () => {
  it("a 3 MB JSON body streamed without Content-Length answers 413 after reading about 1 MB", async () => {
    const { stream, pulled } = countingStream(3 * 1024 * 1024, " ");
    const res = await dealershipsPOST(makeRequest({ method: "POST", path: "/api/dealerships", body: stream, headers: JSON_SAME_ORIGIN }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("too_large");
    expect(pulled()).toBeLessThan(1.3 * 1024 * 1024);
  });

  it("a chunked 50 MB import answers 413 after reading about 5 MB", async () => {
    const { stream, pulled } = countingStream(50 * 1024 * 1024);
    const res = await parkImportPOST(
      makeRequest({ method: "POST", path: "/api/import/vehicle-park?dryRun=true", body: stream, headers: { "content-type": "text/csv" } }),
    );
    expect(res.status).toBe(413);
    const body = await res.json();
    expect(body.error.code).toBe("too_large");
    expect(body.error.message).toContain("limited to 5 MB");
    expect(pulled()).toBeLessThan(5.5 * 1024 * 1024);
  });

  it("a lying Content-Length does not let a bigger body through", async () => {
    const { stream } = countingStream(2 * 1024 * 1024, " ");
    const res = await dealershipsPOST(
      makeRequest({ method: "POST", path: "/api/dealerships", body: stream, headers: { ...JSON_SAME_ORIGIN, "content-length": "100" } }),
    );
    expect(res.status).toBe(413);
  });
});

describe("rate limits (finding 5)", () => {
  it("writes over the per-address limit answer 429 with Retry-After; another address is unaffected", async () => {
    process.env.RATE_LIMIT_WRITES_PER_MINUTE = "3";
    const address = "10.9.9.9";
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await createSite(site(`Burst ${i}`), JSON_SAME_ORIGIN, address)).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const limited = await createSite(site("Burst 9"), JSON_SAME_ORIGIN, address);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("rate_limited");
    expect((await createSite(site("Other caller"), JSON_SAME_ORIGIN, "10.9.9.10")).status).toBe(201);
  });

  it("imports have their own limit", async () => {
    process.env.RATE_LIMIT_IMPORTS_PER_MINUTE = "1";
    const csv = "city,brand,year,vehicles\nAlmaty,haval,2025,1234\n";
    const send = () =>
      parkImportPOST(makeRequest({ method: "POST", path: "/api/import/vehicle-park", body: csv, headers: { "content-type": "text/csv" }, address: "10.8.8.8" }));
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(429);
  });
});

describe("solver queue (finding 5)", () => {
  it("one caller gets one exact solve at a time: a second one waiting past the limit answers 429", async () => {
    process.env.SOLVER_QUEUE_WAIT_MS = "0";
    try {
      const ask = (address: string) =>
        suggestionsPOST(
          makeRequest({
            method: "POST", path: "/api/suggestions", address, headers: JSON_SAME_ORIGIN,
            body: JSON.stringify({ brand: "great-wall", count: 2, objective: "mclp", solver: "exact", timeLimitSeconds: 10 }),
          }),
        );
      const [first, second, other] = await Promise.all([ask("10.7.7.7"), ask("10.7.7.7"), ask("10.7.7.8")]);
      expect(first.status).toBe(200);
      expect(second.status).toBe(429);
      expect((await second.json()).error.code).toBe("rate_limited");
      expect(other.status).toBe(200);
      expect((await first.json()).solver).toBe("exact");
    } finally {
      delete process.env.SOLVER_QUEUE_WAIT_MS;
    }
  });
});

describe("names normalised before validating (finding 6)", () => {
  it("a zero-width or bidi character does not dodge the duplicate check", async () => {
    expect((await createSite(site("Haval Aktau"))).status).toBe(201);
    for (const twin of ["Haval Ak\u200btau", "\u202eHaval Aktau", "Haval\u00a0 Aktau", "Haval Akta\u0075\u200d"]) {
      const res = await createSite(site(twin));
      expect(res.status, JSON.stringify(twin)).toBe(409);
      expect((await res.json()).error).toMatchObject({ code: "conflict", fields: { name: expect.any(Array) } });
    }
  });

  it("refuses a name of only invisible characters and a lone surrogate; strips a NUL", async () => {
    for (const name of ["\u200b\u200b\u200b", "\u200e\u2066 \u2069", "Bad \ud800 name"]) {
      const res = await createSite(site(name));
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(Object.keys((await res.json()).error.fields)).toEqual(["name"]);
    }
    const res = await createSite(site("Null\u0000Byte Motors"));
    expect(res.status).toBe(201);
    expect((await res.json()).dealership.name).toBe("Null Byte Motors");
  });

  it("the import matches names the same way", async () => {
    const csv = "city,brand,year,vehicles\nAlm\u200baty,ha\u200dval,2025,1234\n";
    const res = await parkImportPOST(makeRequest({ method: "POST", path: "/api/import/vehicle-park", body: csv, headers: { "content-type": "text/csv" } }));
    expect(res.status).toBe(200);
    expect((await res.json()).counts).toMatchObject({ updated: expect.any(Number) });
  });
});

describe("numbers from strings are plain decimals (finding 7)", () => {
  it('refuses "0x33" as a latitude and "1e2" as a bay count, naming the field', async () => {
    const hex = await createSite(site("Hex latitude", { lat: "0x33" }));
    expect(hex.status).toBe(400);
    expect(Object.keys((await hex.json()).error.fields)).toEqual(["lat"]);
    const exp = await createSite(site("Exponent bays", { serviceBays: "1e2" }));
    expect(exp.status).toBe(400);
    expect(Object.keys((await exp.json()).error.fields)).toEqual(["serviceBays"]);
    expect((await createSite(site("Decimal strings", { lat: "53.28", serviceBays: "12" }))).status).toBe(201);
  });

  it("query strings and cells too: threshold=0x10, year=2e3, vehicles year 2e3", async () => {
    for (const qs of ["threshold=0x10", "year=2e3", "vehiclesPerBay=Infinity"]) {
      const res = await coverageGET(makeRequest({ path: `/api/coverage?brand=great-wall&${qs}` }));
      expect(res.status, qs).toBe(400);
      expect(Object.keys((await res.json()).error.fields)).toEqual([qs.split("=")[0]]);
    }
    const cell = await parkPUT(
      makeRequest({ method: "PUT", path: "/api/vehicle-park", body: JSON.stringify({ city: "almaty", brand: "haval", year: "2e3", vehicles: 5 }), headers: JSON_SAME_ORIGIN }),
    );
    expect(cell.status).toBe(400);
    expect(Object.keys((await cell.json()).error.fields)).toEqual(["year"]);
  });

  it('an id of "0x10" is not dealership 16', async () => {
    const res = await oneGET(makeRequest({ path: "/api/dealerships/0x10" }), { params: Promise.resolve({ id: "0x10" }) });
    expect(res.status).toBe(400);
  });
});

describe("imports bounded (finding 2)", () => {
  it("1,000 rows with a 5,000-character city: 422 in the one shape, the name clipped, no suggestions", async () => {
    const city = "Q".repeat(5000);
    const csv = ["city,brand,year,vehicles", ...Array.from({ length: 1000 }, () => `${city},haval,2025,10`)].join("\n");
    const res = await parkImportPOST(makeRequest({ method: "POST", path: "/api/import/vehicle-park", body: csv, headers: { "content-type": "text/csv" } }));
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe("invalid_rows");
    expect(body.issues).toHaveLength(201); // 200 listed and "…and 800 more"
    expect(body.issues[0].message).toContain("(5000 characters)");
    expect(body.issues[0].message.length).toBeLessThan(200);
    expect(JSON.stringify(body).length).toBeLessThan(100_000);
  });

  it("a big dealership file is parsed in the worker with the same answer as inline", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `hongqi,Worker site ${i},Kokshetau,53.28,69.39,planned,2027-Q${(i % 4) + 1}`);
    const csv = ["brand,name,city,lat,lng,status,planned_quarter", ...rows].join("\n");
    expect(csv.length).toBeGreaterThan(64 * 1024);
    const res = await dealershipImportPOST(
      makeRequest({ method: "POST", path: "/api/import/dealerships?dryRun=true", body: csv, headers: { "content-type": "text/csv" } }),
    );
    expect(res.status).toBe(200);
    expect((await res.json()).counts).toEqual({ new: 3000, updated: 0, unchanged: 0 });
    // it went through the worker thread, not the request thread
    expect((globalThis as { importParseWorker?: unknown }).importParseWorker).toBeDefined();
  });
});
