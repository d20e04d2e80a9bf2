import { SIMULATORS, startRouterProcess, startSimulator, startSubgraph } from '@simveb/dev/launcher/graph';
import { freePort, httpOk, stopChild, type Child } from '@simveb/dev/launcher/processes';
import type { SubgraphName } from '@simveb/platform/server/subgraph-config';
import { graph } from './graph';

type SimulatorName = (typeof SIMULATORS)[number]['name'];

export interface OutsideServiceOfItsOwn {
  /** A router whose `subgraph` is the replica that talks to this simulator. */
  routerUrl: string;
  /** The service goes away: connections to it are refused. */
  down(): Promise<void>;
  /** The service answers again, on the same address (its in-memory state is new). */
  up(): Promise<void>;
  close(): Promise<void>;
}

/**
 * An outside service a test may take down without anyone else noticing: a
 * simulator of its own, a replica of `subgraph` configured with it, and a
 * router that sends that subgraph's fields to the replica. Stopping the
 * suite's shared simulator instead broke the files running beside it (a
 * person paying on FedaPay's page in the browser test while billing's
 * "provider down" test had it stopped).
 */
export async function outsideServiceOfItsOwn(subgraph: SubgraphName, simulator: SimulatorName): Promise<OutsideServiceOfItsOwn> {
  const sim = SIMULATORS.find((s) => s.name === simulator)!;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const label = `${subgraph}-own-${simulator}`;
  const env = { ...graph().env, [sim.urlEnv]: url };
  const children: Child[] = [];
  let service: Child | undefined = await startSimulator(sim.module, port, env, false, `${simulator}-own`);
  try {
    const replica = await startSubgraph(subgraph, env, await freePort(), false, label);
    children.push(replica.child);
    const router = await startRouterProcess(env, await freePort(), { ...graph().subgraphUrls, [subgraph]: replica.url }, false, `router-${label}`);
    children.push(router.child);
    return {
      routerUrl: router.url,
      async down() {
        service?.proc.kill('SIGKILL');
        service = undefined;
        const deadline = Date.now() + 5_000;
        while (await httpOk(`${url}/health`).catch(() => false)) {
          if (Date.now() > deadline) throw new Error(`${simulator} of the test did not stop`);
          await new Promise((r) => setTimeout(r, 25));
        }
      },
      async up() {
        service ??= await startSimulator(sim.module, port, env, false, `${simulator}-own`);
      },
      async close() {
        for (const c of children.reverse()) await stopChild(c);
        if (service) await stopChild(service);
      },
    };
  } catch (err) {
    for (const c of children.reverse()) await stopChild(c);
    await stopChild(service);
    throw err;
  }
}
