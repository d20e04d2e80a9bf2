/**
 * People in a real browser (Debian's chromium driven by playwright-core)
 * against this run's graph: each person in a browser context of their own, as
 * on two machines. The apps talk to a router of the browser tests' own that
 * runs with OPERATIONS_SAFELIST=first-party, so every page proves its
 * operations are the registered ones. SCREENSHOTS=1 writes the French pages to
 * docs/screenshots/ (the README shows them).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO } from '@simveb/platform/demo';
import { REPO_ROOT, startRouterProcess } from '@simveb/dev/launcher/graph';
import { freePort, stopChild, type Child } from '@simveb/dev/launcher/processes';
import { DEMO_PASSWORDS, type DemoUser } from '@simveb/clients/sdk/dev-sessions';
import { buildAppsIfNeeded, serveApps } from '../../clients/apps/serve';
import { graph } from './graph';
import { codeSentTo, lastMessageId } from './sessions';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.CI === 'true') throw new Error(`CI needs chromium at ${CHROMIUM} (.ci/run installs Debian's package)`);
const shots = process.env.SCREENSHOTS === '1' ? path.join(REPO_ROOT, 'docs/screenshots') : null;

export interface BrowserWorld {
  browser: Browser;
  appsUrl: string;
  routerUrl: string;
  close(): Promise<void>;
}

export async function openWorld(): Promise<BrowserWorld> {
  buildAppsIfNeeded();
  const strict: { child: Child; url: string } = await startRouterProcess({ ...graph().env, OPERATIONS_SAFELIST: 'first-party' }, await freePort(), graph().subgraphUrls, false, 'router-apps');
  const apps = await serveApps({ port: Number(graph().env.APPS_PORT), graphUrl: strict.url });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  if (shots) mkdirSync(shots, { recursive: true });
  return {
    browser,
    appsUrl: apps.url,
    routerUrl: strict.url,
    async close() {
      await browser.close();
      await apps.close();
      await stopChild(strict.child);
    },
  };
}

export async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

/**
 * A page whose script errors and failed requests are printed: a broken page
 * says why. A request the safelisted router refuses as unregistered fails the
 * test that made it (an app sending an operation the manifest lacks).
 */
export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (err) => process.stderr.write(`[browser] page error: ${err.message}\n`));
  page.on('console', (m) => m.type() === 'error' && process.stderr.write(`[browser] console: ${m.text()}\n`));
  // A request with no answer at all (refused, reset): the page then shows the browser's own error page.
  page.on('requestfailed', (r) => {
    // Left out: requests the page itself gave up (leaving a page cancels its fetches).
    if (!r.failure()?.errorText.includes('ERR_ABORTED')) process.stderr.write(`[browser] no answer to ${r.method()} ${r.url()}: ${r.failure()?.errorText}\n`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('favicon.ico'))
      void r.text().then(
        (body) => {
          process.stderr.write(`[browser] ${r.status()} ${r.request().method()} ${r.url()}: ${body.slice(0, 300)}\n`);
          if (body.includes('registered operations')) unregistered.push(`${r.request().postData()?.slice(0, 200)}`);
        },
        () => undefined,
      );
  });
  return page;
}
/** Operations the safelisted router refused: the suite asserts there are none. */
export const unregistered: string[] = [];

/** Signs in with identifier and password on the page already open (the sign-in form). */
export async function passwordSignIn(page: Page, who: DemoUser): Promise<void> {
  await page.getByLabel('Adresse e-mail ou téléphone').fill(DEMO.persons[who].email);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORDS[who]);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

/** Staff sign in as a person does: identifier, password, then the code the SMS brought. */
export async function staffSignsIn(world: BrowserWorld, context: BrowserContext, who: 'agent' | 'manager'): Promise<Page> {
  const page = await newPage(context);
  const person = DEMO.persons[who];
  const after = await lastMessageId(person.phone);
  await page.goto(`${world.appsUrl}/backoffice/`);
  await shot(page, 'backoffice-sign-in');
  await passwordSignIn(page, who);
  await page.getByLabel('Code reçu par SMS').fill(await codeSentTo(person.phone, after, /code de vérification agent/));
  await page.getByRole('button', { name: 'Valider le code' }).click();
  await page.getByRole('heading', { name: 'File du centre' }).waitFor();
  await page.locator('[data-testid="live-state"][data-state="online"]').waitFor({ timeout: 10_000 });
  return page;
}

/** A portal user signs in with their password and lands on their demands. */
export async function portalSignIn(world: BrowserWorld, context: BrowserContext, who: DemoUser = 'citizen'): Promise<Page> {
  const page = await newPage(context);
  await page.goto(`${world.appsUrl}/portal/`);
  await passwordSignIn(page, who);
  await page.getByRole('heading', { name: 'Mes demandes' }).waitFor();
  return page;
}

/**
 * On a provider's payment page (the local FedaPay or KKiaPay simulator),
 * press "Payer". Another test file stops the FedaPay simulator for a moment
 * ("provider down"): a payer who meets the outage comes back and tries again.
 */
export async function payOnProviderPage(page: Page, payButton: () => Promise<void>, back: () => Promise<void>, screenshot?: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await payButton();
    const outcome = await Promise.race([
      page.waitForURL(/\/checkout\/|\/widget/, { timeout: 15_000 }).then(
        () => 'provider',
        (err: Error) => `navigation: ${err.message}`,
      ),
      page
        .getByRole('alert')
        .waitFor({ timeout: 15_000 })
        .then(
          () => 'refused',
          () => 'no alert',
        ),
    ]);
    if (outcome === 'provider' && (await page.getByRole('button', { name: 'Payer', exact: true }).count()) > 0) break;
    if (attempt >= 5) throw new Error(`the payment page never opened: ${outcome}`);
    await new Promise((r) => setTimeout(r, 2_000));
    await back();
  }
  if (screenshot) await shot(page, screenshot);
  await page.getByRole('button', { name: 'Payer', exact: true }).click();
}

/** What axe-core (Deque's accessibility engine) finds on the page as it is now. */
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * The page as it stands passes axe-core's WCAG 2.1 A and AA rules (labels,
 * names, contrast, landmarks, ARIA): every serious or critical finding is
 * returned, with where it is, so a failing test says what to fix.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the apps' CSP (rightly) refuses an injected <script>.
  await page.evaluate(readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    // In the page: its global object holds axe and the document (this file is type-checked without the DOM library).
    const page = globalThis as unknown as { document: unknown; axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } };
    return (await page.axe.run(page.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
