/**
 * `npm run check:deploy`: what ANaTT deploys, checked offline in CI.
 *   - the Dockerfile, with a Dockerfile linter (dockerfile-utils);
 *   - every Kubernetes overlay rendered by `kubectl kustomize` and each object
 *     validated against the Kubernetes (and Prometheus Operator) JSON schemas;
 *   - every variable of .env.example deployed (ConfigMap or Secret) or listed
 *     as development-only below;
 *   - the alert rules with `promtool check rules` and `promtool test rules`,
 *     and the PrometheusRule saying the same as the plain rules file;
 *   - every metric the rules and dashboards read is one the code defines.
 * A missing tool is an error under CI=true, a notice otherwise.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments, parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const ci = process.env.CI === 'true';
const problems: string[] = [];
const fail = (message: string) => problems.push(message);
const note = (message: string) => process.stdout.write(`${message}\n`);

/** Variables of .env.example that configure development, tests or the local simulators, never a deployment. */
const DEVELOPMENT_ONLY = new Set([
  'ANIP_PORT',
  'DGI_PORT',
  'CUSTOMS_PORT',
  'MESSAGING_PORT',
  'FEDAPAY_PORT',
  'KKIAPAY_PORT',
  'FEDAPAY_WEBHOOK_URL',
  'KKIAPAY_WEBHOOK_URL',
  'DATA_DIR',
  'LOG_STARTUP',
  'DEBUG_ENDPOINTS',
  'CPU_PROFILE_DIR',
  'SIMVEB_RUN_FROM',
  'TEST_DATABASE',
  'APPS_PORT',
  'EMBEDDED_DATABASES',
  'SIMULATED_SERVICES',
  'MIGRATE_ONLY',
]);

function run(cmd: string, args: string[], input?: string): { ok: boolean; out: string; missing: boolean } {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  const missing = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`, missing };
}

function tool(cmd: string, args: string[], what: string): string | null {
  const r = run(cmd, args);
  if (r.missing) {
    (ci ? fail : note)(`${cmd} is not installed: ${what} not checked`);
    return null;
  }
  if (!r.ok) fail(`${what}:\n${r.out}`);
  return r.out;
}

// --- Dockerfile
tool(path.join(root, 'node_modules/.bin/dockerfile-utils'), ['lint', 'Dockerfile'], 'Dockerfile lint');

// --- Kubernetes
type K8sObject = { apiVersion: string; kind: string; metadata?: { name?: string; namespace?: string }; [k: string]: unknown };
async function modelOf(apiVersion: string, kind: string): Promise<(new (o: unknown) => { validate(): void }) | undefined> {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const module = group === 'monitoring.coreos.com' ? `@kubernetes-models/prometheus-operator/${group}/${version}` : `kubernetes-models/${group ? `${group}/` : ''}${version}`;
  try {
    return ((await import(module)) as Record<string, new (o: unknown) => { validate(): void }>)[kind];
  } catch {
    return undefined;
  }
}

const overlays = readdirSync(path.join(root, 'deploy/kubernetes/overlays'));
const rendered = new Map<string, K8sObject[]>();
for (const overlay of overlays) {
  const out = tool('kubectl', ['kustomize', `deploy/kubernetes/overlays/${overlay}`], `kubectl kustomize ${overlay}`);
  if (out === null) continue;
  const objects = parseAllDocuments(out)
    .map((d) => d.toJS() as K8sObject)
    .filter(Boolean);
  rendered.set(overlay, objects);
  for (const o of objects) {
    const Model = await modelOf(o.apiVersion, o.kind);
    const name = `${overlay}: ${o.kind}/${o.metadata?.name}`;
    if (!Model) {
      fail(`${name}: no schema for ${o.apiVersion} ${o.kind}`);
      continue;
    }
    try {
      new Model(o).validate();
    } catch (err) {
      fail(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  note(`kubernetes ${overlay}: ${objects.length} objects validated`);
}

const production = rendered.get('production') ?? [];
if (rendered.size) {
  const deployments = production.filter((o) => o.kind === 'Deployment');
  const replicas = Object.fromEntries(deployments.map((d) => [d.metadata!.name, (d.spec as { replicas: number }).replicas]));
  if (replicas.router !== 3 || ['identity', 'vehicle', 'registration', 'billing'].some((n) => replicas[n] !== 2)) fail(`production replicas: ${JSON.stringify(replicas)}`);
  for (const d of deployments) {
    const c = (
      d.spec as {
        template: { spec: { containers: { readinessProbe?: { httpGet?: { path: string } }; livenessProbe?: { httpGet?: { path: string } }; resources?: { requests?: unknown; limits?: unknown } }[] } };
      }
    ).template.spec.containers[0]!;
    if (c.readinessProbe?.httpGet?.path !== '/ready' || c.livenessProbe?.httpGet?.path !== '/health') fail(`${d.metadata!.name}: readiness /ready and liveness /health`);
    if (!c.resources?.requests || !c.resources.limits) fail(`${d.metadata!.name}: resource requests and limits`);
  }
  // Every variable of .env.example is deployed, or development-only.
  const example = readFileSync(path.join(root, '.env.example'), 'utf8');
  const variables = [...example.matchAll(/^#\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);
  const deployed = new Set<string>();
  for (const o of production) {
    if (o.kind === 'ConfigMap') Object.keys((o.data as object) ?? {}).forEach((k) => deployed.add(k));
    if (o.kind === 'Secret') Object.keys({ ...((o.stringData as object) ?? {}), ...((o.data as object) ?? {}) }).forEach((k) => deployed.add(k));
  }
  for (const v of variables) if (!deployed.has(v) && !DEVELOPMENT_ONLY.has(v)) fail(`.env.example's ${v} is neither in the ConfigMap/Secrets nor development-only`);
  for (const v of deployed) if (!variables.includes(v) && !v.startsWith('OTEL_')) fail(`the deployment sets ${v}, which .env.example does not document`);
}

// --- Prometheus rules
const rulesFile = 'deploy/prometheus/simveb.rules.yml';
tool('promtool', ['check', 'rules', rulesFile], 'promtool check rules');
tool('promtool', ['test', 'rules', 'deploy/prometheus/simveb.rules.test.yml'], 'promtool test rules');
const plainGroups = (parse(readFileSync(path.join(root, rulesFile), 'utf8')) as { groups: unknown }).groups;
const operatorRule = parse(readFileSync(path.join(root, 'deploy/kubernetes/overlays/production/prometheus-rule.yaml'), 'utf8')) as { spec: { groups: unknown } };
if (!isDeepStrictEqual(plainGroups, operatorRule.spec.groups)) fail(`deploy/kubernetes/overlays/production/prometheus-rule.yaml does not say what ${rulesFile} says: copy its groups`);

// --- Metrics read by rules and dashboards exist in the code
const sources = spawnSync('git', ['grep', '-h', '-o', "'simveb_[a-z_]*'", '--', 'platform/src', 'router/src', 'subgraphs'], { cwd: root, encoding: 'utf8' }).stdout;
const defined = new Set([...sources.matchAll(/'(simveb_[a-z_]+)'/g)].map((m) => m[1]!));
const readers = [rulesFile, ...readdirSync(path.join(root, 'deploy/grafana')).map((f) => `deploy/grafana/${f}`)];
for (const file of readers) {
  const text = readFileSync(path.join(root, file), 'utf8');
  if (file.endsWith('.json')) {
    const dashboard = JSON.parse(text) as { uid?: string; panels?: { targets?: { expr?: string }[] }[] };
    if (!dashboard.uid || !dashboard.panels?.length || dashboard.panels.some((p) => !p.targets?.length || p.targets.some((t) => !t.expr)))
      fail(`${file}: a dashboard with a uid and panels that each query something`);
  }
  for (const [, name] of text.matchAll(/\b(simveb_[a-z_]+)/g)) {
    const base = name!.replace(/_(bucket|count|sum)$/, '');
    if (!defined.has(base) && !defined.has(name!)) fail(`${file} reads ${name}, which no code defines`);
  }
}

if (problems.length) {
  process.stderr.write(`\n${problems.length} deployment problem(s):\n- ${problems.join('\n- ')}\n`);
  process.exit(1);
}
note('deployment checks passed');
