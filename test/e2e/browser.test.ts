import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, WebSocketRoute } from 'playwright-core';
import { DEMO } from '@simveb/platform/demo';
import { graph } from '../support/graph';
import { codeSentTo, lastMessageId, signIn } from '../support/sessions';
import { advance, assignedDemand, fileDemand, PDF, payAtCounter, PLEDGE_PATH, printed, PRINTED_PATH, registeredVehicleOf } from '../support/demands';
import { accessibilityProblems, chromiumAvailable, newPage, openWorld, payOnProviderPage, portalSignIn, shot, staffSignsIn, unregistered, type BrowserWorld } from '../support/browser';

/**
 * The web apps in a real browser, against this run's graph through a router
 * that accepts only the registered operations (see test/support/browser.ts).
 */
// The PostgreSQL pass walks them; the embedded pass (files one after another) does not a second time.
describe.skipIf(!chromiumAvailable || !graph().realPostgres)('the web apps in a browser', () => {
  let world: BrowserWorld;

  beforeAll(async () => {
    world = await openWorld();
  }, 120_000);

  afterAll(async () => {
    await world?.close();
    // Every operation the apps sent was one of the manifest's (the router runs OPERATIONS_SAFELIST=first-party).
    expect(unregistered).toEqual([]);
  });

  /** A file the person picks in the browser's file dialog. */
  const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: PDF });

  /** The downloaded file of a click, checked to be a PDF with this name. */
  async function downloads(page: Page, click: () => Promise<void>, fileName: string | RegExp): Promise<void> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    if (typeof fileName === 'string') expect(download.suggestedFilename()).toBe(fileName);
    else expect(download.suggestedFilename()).toMatch(fileName);
  }

  it('a citizen files (quote, documents) and pays on FedaPay’s page in their browser; the agent’s open queue shows the demand within 2 s, without reload; the receipt downloads; the agent opens the document, verifies, and the citizen’s page shows it live', async () => {
    const agent = await staffSignsIn(world, await world.browser.newContext({ locale: 'fr-FR', acceptDownloads: true }), 'agent');
    // The centre's open demands are listed (the demo seeds some for this agent).
    await agent.locator('tr[data-reference]').first().waitFor({ timeout: 10_000 });
    await shot(agent, 'backoffice-queue');
    expect(await accessibilityProblems(agent)).toEqual([]);
    let reloads = 0;
    agent.on('framenavigated', () => (reloads += 1));

    // The citizen, in their own browser: a vehicle of theirs, a service, the quote, the document, filed.
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const citizen = await portalSignIn(world, await world.browser.newContext({ locale: 'fr-FR', acceptDownloads: true }));
    await shot(citizen, 'portal-my-demands');
    await citizen.getByRole('button', { name: 'Déposer une demande' }).click();
    await citizen.getByRole('combobox', { name: /^Véhicule/ }).selectOption(vehicleId);
    await citizen.getByRole('combobox', { name: /^Service/ }).selectOption('GLASS_ENGRAVING');
    const quote = citizen.getByTestId('quote');
    await expect.poll(() => quote.getAttribute('data-total'), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    await citizen.getByLabel('Carte grise', { exact: true }).setInputFiles(pdf('carte-grise.pdf'));
    await shot(citizen, 'portal-file-demand');
    expect(await accessibilityProblems(citizen)).toEqual([]);
    await citizen.getByRole('button', { name: 'Déposer la demande' }).click();
    await citizen.waitForURL(/#\/demand\/[\w-]+$/, { timeout: 10_000 });
    const demandId = /#\/demand\/([\w-]+)$/.exec(citizen.url())![1]!;
    const reference = (await citizen.getByRole('heading', { name: /^Demande / }).textContent())!.replace('Demande ', '').trim();
    const pay = citizen.getByRole('button', { name: 'Payer avec FedaPay' });
    await pay.waitFor({ timeout: 15_000 }); // the order exists once billing has read the demand's event

    await payOnProviderPage(
      citizen,
      () => pay.click(),
      async () => {
        await citizen.goto(`${world.appsUrl}/portal/#/demand/${demandId}`);
        await citizen.reload();
        await pay.waitFor({ timeout: 10_000 });
      },
      'fedapay-checkout',
    );
    // The provider's page sends the payer back once its webhook was answered: billing has recorded the payment.
    await citizen.waitForURL(new RegExp(`/portal/#/demand/${demandId}$`), { timeout: 10_000 });
    const paidAt = Date.now();

    // The agent's queue: the row appears without reload, within 2 s of the payment being recorded.
    const row = agent.locator(`tr[data-reference="${reference}"]`);
    await row.waitFor({ timeout: 10_000 });
    const appearedAfter = Date.now() - paidAt;
    // Where the time went, from the databases' clocks (printed: CI is where this is slow).
    const { db } = await import('../support/graph');
    const settled = await db(
      'billing',
      async (c) => (await c.query('select max(p.settled_at) as at from payment p join "order" o on o.id = p.order_id where o.demand_id = $1', [demandId])).rows[0].at as Date | null,
    );
    const moved = await db(
      'registration',
      async (c) => (await c.query("select min(at) as at from demand_event where demand_id = $1 and to_status = 'SUBMITTED'", [demandId])).rows[0].at as Date | null,
    );
    process.stdout.write(
      `[queue latency] payment settled -> demand SUBMITTED ${moved && settled ? moved.getTime() - settled.getTime() : '?'} ms; SUBMITTED -> row on screen ${moved ? Date.now() - moved.getTime() : '?'} ms; back from paying -> row ${appearedAfter} ms\n`,
    );
    expect(appearedAfter, `the row appeared ${appearedAfter} ms after the citizen was back from paying`).toBeLessThan(2_000);
    expect(reloads).toBe(0);
    await expect.poll(() => row.textContent()).toContain('Nouvelle');

    // Back on the portal: paid, and the receipt downloads.
    await expect.poll(() => citizen.getByTestId('order-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('PAID');
    const status = citizen.getByTestId('my-demand-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 10_000 }).toBe('ASSIGNED');
    const receipt = citizen.getByRole('button', { name: 'Télécharger le reçu' });
    await receipt.waitFor({ timeout: 10_000 });
    await shot(citizen, 'portal-paid');
    await downloads(citizen, () => receipt.click(), `recu-${reference}.pdf`);
    await citizen.locator('[data-testid="live-state"][data-state="online"]').waitFor({ timeout: 10_000 });

    // The agent opens it: the uploaded document opens; the actions are those the graph says the workflow allows.
    await row.getByRole('button', { name: 'Ouvrir' }).click();
    await agent.getByTestId('demand-status').waitFor();
    await shot(agent, 'backoffice-demand');
    expect(await accessibilityProblems(agent)).toEqual([]);
    await downloads(agent, () => agent.locator('button[data-document="GRAY_CARD"]').click(), 'carte-grise.pdf');
    await agent.locator('button[data-action="VERIFY"]').click();
    await agent.getByRole('alert').filter({ hasText: 'Action enregistrée' }).waitFor();
    const actedAt = Date.now();
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 5_000, interval: 50 }).toBe('VERIFIED');
    expect(Date.now() - actedAt).toBeLessThan(3_000);
    await shot(citizen, 'portal-demand-live');
    expect(await accessibilityProblems(citizen)).toEqual([]);
    await agent.context().close();
    await citizen.context().close();
  }, 120_000);

  it('a version conflict is explained: someone else acted first', async () => {
    const agent = await staffSignsIn(world, await world.browser.newContext({ locale: 'fr-FR' }), 'agent');
    const citizen = (await signIn('citizen')).client;
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const filed = await fileDemand(citizen, { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    await payAtCounter(filed.id);
    // The page must keep showing the old version: its live feed is cut before it loads (a socket
    // already open would still deliver the other agent's transition and re-render the buttons).
    await agent.routeWebSocket(/graphql/, (ws) => ws.close());
    await agent.goto(`${world.appsUrl}/backoffice/#/demand/${filed.id}`);
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
    const page = await newPage(await world.browser.newContext({ locale: 'fr-FR' }));
    await page.goto(`${world.appsUrl}/portal/#/verify/${encodeURIComponent(code!)}`);
    await expect.poll(() => page.getByTestId('verdict').getAttribute('data-valid'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => page.getByTestId('verdict').textContent()).toContain('VALIDE');
    await shot(page, 'portal-verify-valid');
    const altered = code!.slice(0, -1) + (code!.endsWith('A') ? 'B' : 'A');
    await page.getByLabel('Code du document').fill(altered);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect.poll(() => page.getByTestId('verdict').getAttribute('data-valid'), { timeout: 10_000 }).toBe('false');
    await expect.poll(() => page.getByTestId('verdict').textContent()).toContain('INVALIDE');
    await page.context().close();

    // The holder finds the card among their vehicles and downloads it.
    const holder = await portalSignIn(world, await world.browser.newContext({ locale: 'fr-FR', acceptDownloads: true }));
    await holder.getByRole('link', { name: 'Mes véhicules' }).click();
    // Fifty vehicles a page (the demo citizen holds many by now): "show more" until this one shows.
    const card = holder.locator(`article[data-id="${vehicleId}"]`);
    await holder.locator('article[data-id]').first().waitFor({ timeout: 10_000 });
    for (let i = 0; i < 20 && !(await card.count()); i++) await holder.getByRole('button', { name: /^Afficher plus/ }).click();
    await card.waitFor({ timeout: 10_000 });
    await shot(holder, 'portal-my-vehicles');
    expect(await accessibilityProblems(holder)).toEqual([]);
    await downloads(holder, () => card.getByRole('button', { name: 'Télécharger la carte grise' }).click(), /^carte-grise-.+\.pdf$/);
    await holder.context().close();
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

    const page = await portalSignIn(world, await world.browser.newContext({ locale: 'fr-FR' }), 'printer');
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
    const context = await world.browser.newContext({ locale: 'fr-FR' });
    const agent = await staffSignsIn(world, context, 'agent');
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

  it('a citizen pays on KKiaPay’s page, comes back to a paid demand, and downloads the invoice', async () => {
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const filed = await fileDemand((await signIn('citizen')).client, { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    const page = await portalSignIn(world, await world.browser.newContext({ locale: 'fr-FR', acceptDownloads: true }));
    await page.goto(`${world.appsUrl}/portal/#/demand/${filed.id}`);
    const pay = page.getByRole('button', { name: 'Payer avec KKiaPay' });
    await pay.waitFor({ timeout: 15_000 });
    await payOnProviderPage(
      page,
      () => pay.click(),
      async () => {
        await page.goto(`${world.appsUrl}/portal/#/demand/${filed.id}`);
        await pay.waitFor({ timeout: 10_000 });
      },
      'kkiapay-widget',
    );
    await page.waitForURL(new RegExp(`/portal/#/demand/${filed.id}$`), { timeout: 10_000 });
    await expect.poll(() => page.getByTestId('order-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('PAID');
    const invoice = page.getByRole('button', { name: 'Télécharger la facture' });
    await invoice.waitFor({ timeout: 10_000 });
    await downloads(page, () => invoice.click(), /^facture-.+\.pdf$/);
    await page.context().close();
  }, 90_000);

  it('a manager reads the statistics as a chart, the print queue, and the register (holder, pledge) by plate', async () => {
    const { vehicleId, plate } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const demand = await assignedDemand('GRAY_CARD_DUPLICATE', vehicleId);
    await advance(demand.id, PRINTED_PATH.slice(0, 4)); // a print order waiting
    const { pledgedBy } = await import('../support/demands');
    await pledgedBy(vehicleId);

    const manager = await staffSignsIn(world, await world.browser.newContext({ locale: 'fr-FR' }), 'manager');
    await manager.getByRole('link', { name: 'Statistiques' }).click();
    await expect.poll(() => manager.getByTestId('stats-total').textContent(), { timeout: 10_000 }).toMatch(/^[1-9]\d*$/);
    await manager.locator('canvas').waitFor({ timeout: 10_000 });
    expect(await manager.locator('tr[data-status="CLOSED"]').count()).toBe(1);
    await shot(manager, 'backoffice-stats');
    expect(await accessibilityProblems(manager)).toEqual([]);

    await manager.getByRole('link', { name: 'Impressions' }).click();
    const printOrder = await (
      await signIn('manager')
    ).client.request<{ demand: { printOrder: { plateNumber: string } } }, { id: string }>('query($id: ID!) { demand(id: $id) { printOrder { plateNumber } } }', { id: demand.id });
    await manager.locator(`tr[data-plate="${printOrder.data!.demand.printOrder.plateNumber}"]`).waitFor({ timeout: 10_000 });
    await shot(manager, 'backoffice-print-queue');

    await manager.getByRole('link', { name: 'Registre' }).click();
    await manager.getByLabel('Plaque ou numéro de châssis (VIN)').fill(plate.toLowerCase().replace(/ /g, '-'));
    await manager.getByRole('button', { name: 'Rechercher' }).click();
    const found = manager.getByTestId('register-vehicle');
    await found.waitFor({ timeout: 10_000 });
    expect(await manager.getByTestId('register-holder').textContent()).toBe('Adjoa HOUNKPATIN');
    await manager.locator('[data-testid="register-encumbrances"] li[data-kind="PLEDGE"][data-active="true"]').waitFor();
    await shot(manager, 'backoffice-register');
    expect(await accessibilityProblems(manager)).toEqual([]);
    await manager.getByLabel('Plaque ou numéro de châssis (VIN)').fill('ZZ 0000 ZZ');
    await manager.getByRole('button', { name: 'Rechercher' }).click();
    await manager.getByRole('status').filter({ hasText: 'Aucun véhicule ne correspond' }).waitFor({ timeout: 10_000 });
    await manager.context().close();
  }, 120_000);

  it('a bank records a pledge with the holder’s consent code, and tops its wallet up on KKiaPay’s page', async () => {
    const { vehicleId, plate } = await registeredVehicleOf(DEMO.persons.citizen2.id);
    const bank = await portalSignIn(world, await world.browser.newContext({ locale: 'fr-FR' }), 'bank');
    await bank.getByRole('link', { name: 'Espace affilié' }).click();
    const balance = bank.getByTestId('wallet-balance');
    await balance.waitFor({ timeout: 10_000 });

    await bank.getByLabel('Plaque', { exact: true }).fill(plate);
    await bank.getByRole('button', { name: 'Rechercher' }).click();
    await bank.getByTestId('pledge-vehicle').waitFor({ timeout: 10_000 });
    const holder = DEMO.persons.citizen2;
    const after = await lastMessageId(holder.phone);
    await bank.getByLabel('NPI du titulaire').fill(holder.npi);
    await bank.getByRole('button', { name: 'Demander l’accord du titulaire' }).click();
    // The holder reads the code on their phone and tells the banker.
    const code = await codeSentTo(holder.phone, after, /demande à agir pour votre véhicule/);
    await bank.getByLabel('Code reçu par le titulaire').fill(code);
    await bank.getByRole('button', { name: 'Confirmer l’accord' }).click();
    await bank.getByRole('status').filter({ hasText: 'Le titulaire a donné son accord' }).waitFor({ timeout: 10_000 });
    await bank.getByLabel('Contrat de prêt / gage').setInputFiles(pdf('contrat.pdf'));
    await bank.getByLabel('Carte grise', { exact: true }).setInputFiles(pdf('carte-grise.pdf'));
    await shot(bank, 'portal-bank-pledge');
    expect(await accessibilityProblems(bank)).toEqual([]);
    await bank.getByRole('button', { name: 'Inscrire le gage' }).click();
    await bank.waitForURL(/#\/demand\/[\w-]+$/, { timeout: 10_000 });
    const pledgeId = /#\/demand\/([\w-]+)$/.exec(bank.url())![1]!;
    const pledge = await (
      await signIn('manager')
    ).client.request<{ demand: { service: { code: string }; vehicle: { id: string }; applicant: { id: string } } }, { id: string }>(
      'query($id: ID!) { demand(id: $id) { service { code } vehicle { id } applicant { id } } }',
      { id: pledgeId },
    );
    expect(pledge.data!.demand).toEqual({ service: { code: 'PLEDGE' }, vehicle: { id: vehicleId }, applicant: { id: holder.id } });

    // Recorded (paid, checked by the clerk, validated by ANaTT): the bank lifts it with the release letter.
    await payAtCounter(pledgeId);
    await advance(pledgeId, PLEDGE_PATH);
    await bank.goto(`${world.appsUrl}/portal/#/affiliate`);
    await bank.getByLabel('Plaque', { exact: true }).fill(plate);
    await bank.getByRole('button', { name: 'Rechercher' }).click();
    await bank.locator('li[data-pledge]').waitFor({ timeout: 10_000 });
    await bank.getByLabel('Mainlevée', { exact: true }).setInputFiles(pdf('mainlevee.pdf'));
    await bank.getByRole('button', { name: 'Demander la levée' }).click();
    await bank.waitForURL(/#\/demand\/[\w-]+$/, { timeout: 10_000 });
    const liftId = /#\/demand\/([\w-]+)$/.exec(bank.url())![1]!;
    expect(liftId).not.toBe(pledgeId);
    const lift = await (
      await signIn('manager')
    ).client.request<{ demand: { service: { code: string }; vehicle: { id: string } } }, { id: string }>('query($id: ID!) { demand(id: $id) { service { code } vehicle { id } } }', { id: liftId });
    expect(lift.data!.demand).toEqual({ service: { code: 'PLEDGE_LIFT' }, vehicle: { id: vehicleId } });

    // Top-up: KKiaPay's page, back to the affiliate space, credited once the provider confirmed. billing.test drains
    // this same demo wallet to 0 when it runs beside this file, so the credit is found as its own movement, not as
    // a difference of balances.
    const bankApi = (await signIn('bank')).client;
    const movements = async () =>
      (await bankApi.request<{ myWallet: { movements: { id: string; kind: string; amount: number }[] } }, Record<string, never>>('{ myWallet { movements(first: 50) { id kind amount } } }', {})).data!
        .myWallet.movements;
    const earlier = new Set((await movements()).map((m) => m.id));
    await bank.goto(`${world.appsUrl}/portal/#/affiliate`);
    await bank.getByLabel('Montant (FCFA)').fill('25000');
    await payOnProviderPage(
      bank,
      () => bank.getByRole('button', { name: 'Recharger avec KKiaPay' }).click(),
      () => bank.goto(`${world.appsUrl}/portal/#/affiliate`).then(() => bank.getByLabel('Montant (FCFA)').fill('25000')),
    );
    await bank.waitForURL(/\/portal\/#\/affiliate$/, { timeout: 10_000 });
    await expect.poll(async () => (await movements()).filter((m) => !earlier.has(m.id) && m.kind === 'TOP_UP').map((m) => m.amount), { timeout: 15_000, interval: 1_000 }).toContain(25_000);
    // The page shows the wallet after the credit (its balance is whatever the other files left).
    await bank.reload();
    await balance.waitFor({ timeout: 5_000 });
    expect(Number.isInteger(Number(await balance.getAttribute('data-balance')))).toBe(true);
    await shot(bank, 'portal-bank-wallet');
    await bank.context().close();
  }, 120_000);

  it('a new citizen signs up with their NPI and the code sent to the phone ANIP has, then signs in again by SMS code', async () => {
    const npi = `7${String(Date.now() % 1e6).padStart(6, '0')}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
    const phone = `+22901${npi.slice(-8)}`;
    const anip = await fetch(`${graph().simulators.anip!.url}/r1/BJ/GOV/ANIP/IDENTITE/CITIZEN_BY_NPI_LITE?npi=${npi}`, { headers: { 'X-Road-Client': 'test' } });
    const birthDate = ((await anip.json()) as { date_naissance: string }).date_naissance;
    const page = await newPage(await world.browser.newContext({ locale: 'fr-FR' }));
    await page.goto(`${world.appsUrl}/portal/`);
    await page.getByRole('link', { name: 'Pas encore de compte ? Créer mon compte' }).click();
    await page.getByLabel('NPI (numéro personnel d’identification)').fill(npi);
    await page.getByLabel('Date de naissance').fill(birthDate);
    let after = await lastMessageId(phone);
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page.getByLabel('Code reçu par SMS').fill(await codeSentTo(phone, after));
    await shot(page, 'portal-sign-up');
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await page.getByRole('heading', { name: 'Mes demandes' }).waitFor({ timeout: 10_000 });
    await page.getByText('Aucune demande pour le moment.').waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    await page.getByRole('button', { name: 'Se connecter avec un code SMS' }).click();
    await page.getByLabel('Adresse e-mail ou téléphone').fill(phone);
    after = await lastMessageId(phone);
    await page.getByRole('button', { name: 'Recevoir un code par SMS' }).click();
    await page.getByLabel('Code reçu par SMS').fill(await codeSentTo(phone, after));
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await page.getByRole('heading', { name: 'Mes demandes' }).waitFor({ timeout: 10_000 });

    // A wrong sign-up is explained, and nothing is created.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Pas encore de compte ? Créer mon compte' }).click();
    await page.getByLabel('NPI (numéro personnel d’identification)').fill(npi.replace(/^7/, '9'));
    await page.getByLabel('Date de naissance').fill('1990-01-01');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page.getByRole('alert').waitFor({ timeout: 10_000 });
    await page.context().close();
  }, 90_000);

  it('a dealer registers an imported vehicle from its customs declaration and files its first registration for a customer who consented', async () => {
    const dealer = await portalSignIn(world, await world.browser.newContext({ locale: 'fr-FR' }), 'dealer');
    await dealer.getByRole('link', { name: 'Espace affilié' }).click();
    const reference = `C-2026-${String(Date.now() % 1e7).padStart(7, '0')}1`;
    await dealer.getByLabel('Référence de la déclaration en douane').fill(reference);
    await dealer.getByRole('button', { name: 'Enregistrer le véhicule' }).click();
    const vehicle = dealer.getByTestId('dealer-vehicle');
    await expect.poll(() => vehicle.getAttribute('data-registrable'), { timeout: 10_000 }).toBe('true');
    const vin = await vehicle.getAttribute('data-vin');
    // The same declaration twice: refused in words, nothing registered twice.
    await dealer.getByRole('button', { name: 'Enregistrer le véhicule' }).click();
    await dealer.getByRole('alert').waitFor({ timeout: 10_000 });

    const customer = DEMO.persons.citizen2;
    const after = await lastMessageId(customer.phone);
    await dealer.getByLabel('NPI du client').fill(customer.npi);
    await dealer.getByRole('button', { name: 'Demander l’accord du titulaire' }).click();
    await dealer.getByLabel('Code reçu par le titulaire').fill(await codeSentTo(customer.phone, after, /demande à agir pour votre véhicule/));
    await dealer.getByRole('button', { name: 'Confirmer l’accord' }).click();
    await dealer.getByRole('status').filter({ hasText: 'Le titulaire a donné son accord' }).waitFor({ timeout: 10_000 });
    for (const label of ['Pièce d’identité (CIP, passeport)', 'Certificat de dédouanement', 'Facture d’achat']) await dealer.getByLabel(label, { exact: true }).setInputFiles(pdf(`${label}.pdf`));
    await shot(dealer, 'portal-dealer-import');
    await dealer.getByRole('button', { name: 'Déposer l’immatriculation' }).click();
    await dealer.waitForURL(/#\/demand\/[\w-]+$/, { timeout: 10_000 });
    const demandId = /#\/demand\/([\w-]+)$/.exec(dealer.url())![1]!;
    const filed = await (
      await signIn('manager')
    ).client.request<{ demand: { service: { code: string }; applicant: { id: string }; status: string; vehicle: { vin: string } } }, { id: string }>(
      'query($id: ID!) { demand(id: $id) { service { code } applicant { id } status vehicle { vin } } }',
      { id: demandId },
    );
    expect(filed.data!.demand).toMatchObject({
      service: { code: 'IMMATRICULATION_STANDARD' },
      applicant: { id: customer.id },
      status: 'AWAITING_PAYMENT',
      vehicle: { vin },
    });
    await dealer.context().close();
  }, 90_000);

  it('with the keyboard alone a citizen signs in, reaches the filing page and picks a service (focus visible on each control)', async () => {
    const page = await newPage(await world.browser.newContext({ locale: 'fr-FR' }));
    await page.goto(`${world.appsUrl}/portal/`);
    await page.getByLabel('Adresse e-mail ou téléphone').focus();
    await page.keyboard.type(DEMO.persons.citizen.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Demo-Citizen-2026');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Mes demandes' }).waitFor({ timeout: 10_000 });
    // Tab through the page until the navigation's "Déposer une demande" link has the focus, then follow it.
    let focused = '';
    for (let i = 0; i < 15 && focused !== 'Déposer une demande'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('Déposer une demande');
    // The focused control is outlined (the focus-visible style), so a keyboard user sees where they are.
    const outline = await page.evaluate(() => {
      const g = globalThis as unknown as { document: { activeElement: unknown }; getComputedStyle(e: unknown): { outlineStyle: string } };
      return g.getComputedStyle(g.document.activeElement).outlineStyle;
    });
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Nouvelle demande' }).waitFor({ timeout: 10_000 });
    const service = page.getByRole('combobox', { name: /^Service/ });
    await service.locator('option[value="GLASS_ENGRAVING"]').waitFor({ state: 'attached', timeout: 10_000 });
    await service.focus();
    // A closed select takes type-ahead: the letters pick the matching service.
    await page.keyboard.type('Gravage');
    await expect.poll(() => service.inputValue()).toBe('GLASS_ENGRAVING');
    await page.context().close();
  }, 60_000);

  it('a staff session renews itself before its 15-minute token expires, and the live queue carries on with the new one', async () => {
    const context = await world.browser.newContext({ locale: 'fr-FR' });
    // The page's clock is the test's to move (it still runs on its own); the graph's stays real.
    await context.clock.install();
    const agent = await staffSignsIn(world, context, 'agent');
    const stored = () =>
      agent.evaluate(
        () =>
          JSON.parse((globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('simveb.session') ?? 'null') as {
            accessToken: string;
            refreshToken: string;
          } | null,
      );
    const before = await stored();
    expect(before?.refreshToken).toBeTruthy();
    await context.clock.fastForward('14:30');
    await expect.poll(async () => (await stored())?.accessToken, { timeout: 10_000 }).not.toBe(before!.accessToken);
    const after = (await stored())!;
    expect(after.refreshToken).not.toBe(before!.refreshToken);
    await agent.locator('[data-testid="live-state"][data-state="online"]').waitFor({ timeout: 15_000 });
    // The renewed session still sees the queue live: a demand paid now shows without reload.
    const { vehicleId } = await registeredVehicleOf(DEMO.persons.citizen.id);
    const filed = await fileDemand((await signIn('citizen')).client, { serviceCode: 'GLASS_ENGRAVING', vehicleId });
    await payAtCounter(filed.id);
    await agent.locator(`tr[data-reference="${filed.reference}"]`).waitFor({ timeout: 10_000 });
    await context.close();
  }, 90_000);
});
