import { watch, readFileSync } from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import { Kind, parse } from 'graphql';

/**
 * The committed supergraph, and in development a watch: `npm run compose`
 * rewrites the file and the running router picks it up without a restart.
 */
export function supergraphFromFile(file: string, watchFile: boolean, onChange: (sdl: string) => void): SupergraphSdlHook {
  return async ({ update }) => {
    const supergraphSdl = readFileSync(file, 'utf8');
    let watcher: ReturnType<typeof watch> | undefined;
    if (watchFile) {
      let last = supergraphSdl;
      watcher = watch(file, () => {
        const next = readFileSync(file, 'utf8');
        if (!next || next === last) return;
        last = next;
        try {
          update(next);
          onChange(next);
        } catch (err) {
          console.error('new supergraph rejected, keeping the previous one:', err);
        }
      });
    }
    return { supergraphSdl, cleanup: async () => watcher?.close() };
  };
}

/** Names of the interfaces a supergraph defines (some subgraphs see them as @interfaceObject types). */
export function interfacesOf(supergraphSdl: string): Set<string> {
  return new Set(
    parse(supergraphSdl)
      .definitions.filter((d) => d.kind === Kind.INTERFACE_TYPE_DEFINITION)
      .map((d) => (d as { name: { value: string } }).name.value),
  );
}

/** Each subgraph's routing URL, as composed into the supergraph (`@join__graph(name:, url:)`). */
export function routingUrlsOf(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const m of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) urls[m[1]!] = m[2]!;
  return urls;
}
