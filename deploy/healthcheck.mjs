// The image's HEALTHCHECK: one process per container, so whichever of the
// graph's ports is configured here answers /health. Exit 0 healthy, 1 not.
const ports = ['ROUTER_PORT', 'IDENTITY_PORT', 'VEHICLE_PORT', 'REGISTRATION_PORT', 'BILLING_PORT'].map((v, i) => Number(process.env[v] ?? 4000 + i));
const probes = ports.map((port) => fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2_000) }).then((r) => (r.ok ? port : Promise.reject(new Error(String(r.status))))));
Promise.any(probes).then(
  () => process.exit(0),
  () => process.exit(1),
);
