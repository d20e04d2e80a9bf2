import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page, type WebSocketRoute } from 'playwright-core';
import { DEMO } from '@simveb/platform/demo';
import { REPO_ROOT } from '@simveb/dev/launcher/graph';
import { buildAppsIfNeeded, serveApps } from '../../clients/apps/serve';
import { graph } from '../support/graph';
import { codeSentTo, lastMessageId, signIn } from '../support/sessions';
import { advance, assignedDemand, fileDemand, payAtCounter, printed, PRINTED_PATH, registeredVehicleOf } from '../support/demands';

/**
 * The web apps in a real browser (Debian's chromium driven by playwright-core),
 * against this run's graph: staff and citizens in separate browser contexts,
 * as two people on two machines. SCREENSHOTS=1 writes the French pages to
 * docs/screenshots/ (the README shows them).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true') throw new Error(`CI needs chromium at ${CHROMIUM} (.ci/run installs Debian's package)`);
const shots = process.env.SCREENSHOTS === '1' ? path.join(REPO_ROOT, 'docs/screenshots') : null;

// The PostgreSQL pass walks them; the embedded pass (files one after another) does not a second time.
describe.skipIf(!available || !graph().realPostgres)('the web apps in a browser', () => {
  let browser: Browser;
  let apps: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    buildAppsIfNeeded();
    apps = await serveApps({ port: Number(graph().env.APPS_PORT), graphUrl: graph().routerUrl });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    if (shots) mkdirSync(shots, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await apps?.close();
  });

  const shot = async (page: Page, name: string) => {
    if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  };

  /** A page whose script errors and failed requests are printed: a broken page says why. */
  async function newPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (err) => process.stderr.write(`[browser] page error: ${err.message}\n`));
    page.on('console', (m) => m.type() === 'error' && process.stderr.write(`[browser] console: ${m.text()}\n`));
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('favicon.ico'))
        void r.text().then(
          (body) => process.stderr.write(`[browser] ${r.status()} ${r.request().method()} ${r.url()}: ${body.slice(0, 300)}\n`),
          () => undefined,
        );
    });
    return page;
  }

  /** Staff sign in as a person does: identifier, password, then the code the SMS brought. */
  async function staffSignsIn(context: BrowserContext, who: 'agent' | 'manager'): Promise<Page> {
    const page = await newPage(context);
    const person = DEMO.persons[who];
    const after = await lastMessageId(person.phone);
    await page.goto(`${apps.url}/backoffice/`);
    await shot(page, 'backoffice-sign-in');
    await page.getByLabel('Adresse e-mail ou téléphone').fill(person.email);
    await page.getByLabel('Mot de passe').fill(who === 'agent' ? 'Demo-Agent-2026' : 'Demo-Manager-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByLabel('Code reçu par SMS').fill(await codeSentTo(person.phone, after));
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await page.getByRole('heading', { name: 'File du centre' }).waitFor();
    await page.locator('[data-testid="live-state"][data-state="online"]').waitFor({ timeout: 10_000 });
    return page;
  }

  async function citizenSignsIn(context: BrowserContext): Promise<Page> {
    const page = await newPage(context);
    await page.goto(`${apps.url}/portal/`);
    await page.getByLabel('Adresse e-mail ou téléphone').fill(DEMO.persons.citizen.email);
    await page.getByLabel('Mot de passe').fill('Demo-Citizen-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Mes demandes' }).waitFor();
    return page;
  }

  it('a demand filed and paid appears in the agent’s open queue within 2 s, without reload; the agent verifies it and the citizen’s open page shows it live', async () => {
    const agent = await staffSignsIn(await browser.newContext({ locale: 'fr-FR' }), 'agent');
    // The centre's open demands are listed (the demo seeds some for this agent).
    await agent.locator('tr[data-reference]').first().waitFor({ timeout: 10_000 });
    await shot(agent, 'backoffice-queue');
    let reloads = 0;
    agent.on('framenavigated', () => (reloads += 1));

    // The citizen files and pays (over the graph, as the portal's filing page will).
    const citizen = (await signIn('citizen')).client;
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const filed = await fileDemand(citizen, { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    // Paid at the counter: once the payment is recorded (the demand left AWAITING_PAYMENT), the row must show within 2 s.
    await payAtCounter(filed.id);
    const paidAt = Date.now();
    const row = agent.locator(`tr[data-reference="${filed.reference}"]`);
    await row.waitFor({ timeout: 10_000 });
    const appearedAfter = Date.now() - paidAt;
    expect(appearedAfter, `the row appeared ${appearedAfter} ms after the payment was recorded`).toBeLessThan(2_000);
    expect(reloads).toBe(0);
    await expect.poll(() => row.textContent()).toContain('Nouvelle');

    // The citizen's demand page is open in their own browser.
    const citizenPage = await citizenSignsIn(await browser.newContext({ locale: 'fr-FR' }));
    await shot(citizenPage, 'portal-my-demands');
    await citizenPage.goto(`${apps.url}/portal/#/demand/${filed.id}`);
    const status = citizenPage.getByTestId('my-demand-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 10_000 }).toBe('ASSIGNED');
    await citizenPage.locator('[data-testid="live-state"][data-state="online"]').waitFor({ timeout: 10_000 });

    // The agent opens it and verifies; the actions are those the graph says the workflow allows.
    await row.getByRole('button', { name: 'Ouvrir' }).click();
    await agent.getByTestId('demand-status').waitFor();
    await shot(agent, 'backoffice-demand');
    await agent.locator('button[data-action="VERIFY"]').click();
    await agent.getByRole('alert').filter({ hasText: 'Action enregistrée' }).waitFor();
    const actedAt = Date.now();
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 5_000, interval: 50 }).toBe('VERIFIED');
    expect(Date.now() - actedAt).toBeLessThan(3_000);
    await shot(citizenPage, 'portal-demand-live');
    await agent.context().close();
    await citizenPage.context().close();
  }, 90_000);

  it('a citizen pays on the FedaPay page and lands back on a paid demand whose receipt downloads', async () => {
    const citizen = (await signIn('citizen')).client;
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const filed = await fileDemand(citizen, { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    const page = await citizenSignsIn(await browser.newContext({ locale: 'fr-FR', acceptDownloads: true }));
    await page.goto(`${apps.url}/portal/#/demand/${filed.id}`);
    const pay = page.getByRole('button', { name: 'Payer avec FedaPay' });
    await pay.waitFor({ timeout: 10_000 }); // the order exists once billing has read the demand's event
    // FedaPay's checkout page (the local simulator), then back to the portal. Another test file stops that
    // simulator for a moment ("provider down"): a payer who meets the outage comes back and tries again.
    for (let attempt = 1; ; attempt++) {
      await pay.click();
      // Either the checkout page, or the portal says the provider is unavailable (or the page did not load).
      const outcome = await Promise.race([
        page.waitForURL(/\/checkout\//, { timeout: 15_000 }).then(
          () => 'checkout',
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
      if (outcome === 'checkout' && (await page.getByRole('button', { name: 'Payer' }).count()) > 0) break;
      if (attempt >= 5) throw new Error(`the FedaPay page never opened: ${outcome}`);
      await new Promise((r) => setTimeout(r, 2_000));
      await page.goto(`${apps.url}/portal/#/demand/${filed.id}`);
      await page.reload();
      await pay.waitFor({ timeout: 10_000 });
    }
    await shot(page, 'fedapay-checkout');
    await page.getByRole('button', { name: 'Payer' }).click();
    await page.waitForURL(new RegExp(`/portal/#/demand/${filed.id}$`), { timeout: 10_000 });
    await expect.poll(() => page.getByTestId('order-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('PAID');
    await expect.poll(() => page.getByTestId('my-demand-status').getAttribute('data-status'), { timeout: 10_000 }).not.toBe('AWAITING_PAYMENT');
    const receipt = page.getByRole('button', { name: 'Télécharger le reçu' });
    await receipt.waitFor({ timeout: 10_000 });
    await shot(page, 'portal-paid');
    const [download] = await Promise.all([page.waitForEvent('download'), receipt.click()]);
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toBe(`recu-${filed.reference}.pdf`);
    await page.context().close();
  }, 90_000);

  it('a version conflict is explained: someone else acted first', async () => {
    const agent = await staffSignsIn(await browser.newContext({ locale: 'fr-FR' }), 'agent');
    const citizen = (await signIn('citizen')).client;
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const filed = await fileDemand(citizen, { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    await payAtCounter(filed.id);
    // The page must keep showing the old version: its live feed is cut before it loads (a socket
    // already open would still deliver the other agent's transition and re-render the buttons).
    await agent.routeWebSocket(/graphql/, (ws) => ws.close());
    await agent.goto(`${apps.url}/backoffice/#/demand/${filed.id}`);
    await agent.reload();
    await agent.locator('button[data-action="VERIFY"]').waitFor({ timeout: 10_000 });
    const other = (await signIn('agent')).client;
    const { TransitionDemandDocument } = await import('@simveb/clients/sdk');
    const fresh = await other.request<{ demand: { version: number } }, { id: string }>('query($id: ID!) { demand(id: $id) { version } }', { id: filed.id });
    const res = await other.request(TransitionDemandDocument, { input: { demandId: filed.id, action: 'VERIFY', expectedVersion: fresh.data!.demand.version } });
    expect(res.errors).toBeUndefined();
    await agent.locator('button[data-action="VERIFY"]').click();
    await agent.getByRole('alert').filter({ hasText: 'Quelqu’un a traité cette demande avant vous' }).waitFor({ timeout: 10_000 });
    await agent.context().close();
  }, 90_000);

  it('the public verify page: VALID for a gray card’s code, INVALID for an altered one, without signing in', async () => {
    // A gray card issued the way every card is: a duplicate demand treated to delivery.
    const citizen = (await signIn('citizen')).client;
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const demand = await assignedDemand('GRAY_CARD_DUPLICATE', vehicleId);
    await advance(demand.id, PRINTED_PATH);
    const res = await citizen.request<{ vehicle: { grayCard: { verificationCode: string } | null } | null }, { id: string }>('query($id: ID!) { vehicle(id: $id) { grayCard { verificationCode } } }', {
      id: vehicleId,
    });
    const code = res.data?.vehicle?.grayCard?.verificationCode;
    expect(code, JSON.stringify(res)).toBeTruthy();
    const page = await newPage(await browser.newContext({ locale: 'fr-FR' }));
    await page.goto(`${apps.url}/portal/#/verify/${encodeURIComponent(code!)}`);
    await expect.poll(() => page.getByTestId('verdict').getAttribute('data-valid'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => page.getByTestId('verdict').textContent()).toContain('VALIDE');
    await shot(page, 'portal-verify-valid');
    const altered = code!.slice(0, -1) + (code!.endsWith('A') ? 'B' : 'A');
    await page.getByLabel('Code du document').fill(altered);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect.poll(() => page.getByTestId('verdict').getAttribute('data-valid'), { timeout: 10_000 }).toBe('false');
    await expect.poll(() => page.getByTestId('verdict').textContent()).toContain('INVALIDE');
    await page.context().close();
  }, 60_000);

  it('a printer marks a plate printed with a wrong holder code (refused, counted), then with the right one', async () => {
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const demand = await assignedDemand('GRAY_CARD_DUPLICATE', vehicleId);
    await advance(demand.id, PRINTED_PATH.slice(0, 4)); // to PRINT_ORDERED
    const good = await printed(demand.id);
    const manager = (await signIn('manager')).client;
    const plate = (
      await manager.request<{ demand: { printOrder: { plateNumber: string; id: string } } }, { id: string }>('query($id: ID!) { demand(id: $id) { printOrder { id plateNumber } } }', { id: demand.id })
    ).data!.demand.printOrder;

    const page = await newPage(await browser.newContext({ locale: 'fr-FR' }));
    await page.goto(`${apps.url}/portal/`);
    await page.getByLabel('Adresse e-mail ou téléphone').fill(DEMO.persons.printer.email);
    await page.getByLabel('Mot de passe').fill('Demo-Printer-2026');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Mes demandes' }).waitFor();
    await page.getByRole('link', { name: 'Espace imprimeur' }).click();
    const order = page.locator(`article[data-id="${plate.id}"]`);
    await order.waitFor({ timeout: 10_000 });
    await order.getByLabel('Numéro de série de la plaque').fill(good.plateSerial);
    await order.getByLabel('Puce RFID (EPC)').fill(good.rfidTag);
    await order.getByLabel('Code donné par le titulaire').fill(good.holderCode === '000000' ? '111111' : '000000');
    await order.getByRole('button', { name: 'Déclarer imprimée' }).click();
    const message = page.getByTestId(`print-message-${plate.id}`);
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toMatch(/code/i);
    await expect.poll(() => order.textContent()).toContain('1 code(s) erroné(s)');
    await shot(page, 'portal-printer-wrong-code');
    await order.getByLabel('Code donné par le titulaire').fill(good.holderCode);
    await order.getByRole('button', { name: 'Déclarer imprimée' }).click();
    await expect.poll(() => message.textContent(), { timeout: 10_000 }).toContain(`Plaque ${plate.plateNumber} déclarée imprimée`);
    await order.waitFor({ state: 'detached', timeout: 10_000 });
    const after = await manager.request<{ demand: { status: string; printOrder: { status: string; failedCodeAttempts: number } } }, { id: string }>(
      'query($id: ID!) { demand(id: $id) { status printOrder { status failedCodeAttempts } } }',
      { id: demand.id },
    );
    expect(after.data!.demand).toMatchObject({ status: 'PRINTED', printOrder: { status: 'PRINTED', failedCodeAttempts: 1 } });
    await page.context().close();
  }, 90_000);

  it('with the network cut the dashboard says it is offline, and recovers when it is back', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const agent = await staffSignsIn(context, 'agent');
    let cut = false;
    const open = new Set<WebSocketRoute>();
    // Every WebSocket goes through this route: forwarded while the network is up, closed while it is cut.
    await agent.routeWebSocket(/graphql/, (ws) => {
      if (cut) return void ws.close();
      ws.connectToServer();
      open.add(ws);
    });
    await agent.reload();
    await agent.locator('[data-testid="live-state"][data-state="online"]').waitFor({ timeout: 10_000 });
    cut = true;
    await agent.route('**/graphql', (route) => route.abort('internetdisconnected'));
    for (const ws of open) await ws.close();
    await agent.locator('[data-testid="live-state"][data-state="offline"]').waitFor({ timeout: 8_000 });
    await expect.poll(() => agent.getByTestId('live-state').textContent()).toContain('Hors ligne');
    await shot(agent, 'backoffice-offline');
    cut = false;
    await agent.unroute('**/graphql');
    await agent.locator('[data-testid="live-state"][data-state="online"]').waitFor({ timeout: 15_000 });
    await context.close();
  }, 90_000);
});
