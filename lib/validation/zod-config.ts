import { z } from "zod";

// In the browser zod probes for `Function("")` before compiling fast object parsers; under the
// app's Content-Security-Policy (no 'unsafe-eval') that probe is a reported CSP violation. Forms
// parse a handful of fields, so the interpreted parser costs nothing there. The server keeps the JIT.
if (typeof window !== "undefined") z.config({ jitless: true });
