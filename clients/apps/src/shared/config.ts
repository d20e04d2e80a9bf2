declare global {
  interface Window {
    SIMVEB_CONFIG?: { graphUrl?: string };
  }
}

/** The router's GraphQL URL: from /config.js (written by the server of the apps), else the local graph. */
export const graphUrl = (): string => window.SIMVEB_CONFIG?.graphUrl ?? 'http://127.0.0.1:4000/graphql';
