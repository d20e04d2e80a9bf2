# syntax=docker/dockerfile:1
# One image for the five processes of the graph; the command picks one:
#   docker run simveb-graph dist/router/main.js      (default)
#   docker run simveb-graph dist/registration/main.js
# Migrations of a subgraph: the same command with MIGRATE_ONLY=true.

ARG NODE_IMAGE=node:20.20-bookworm-slim

# Workspace manifests only, so the dependency layers are rebuilt only when they change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY platform/package.json platform/
COPY tools/dev/package.json tools/dev/
COPY router/package.json router/
COPY clients/package.json clients/
COPY subgraphs/identity/package.json subgraphs/identity/
COPY subgraphs/vehicle/package.json subgraphs/vehicle/
COPY subgraphs/registration/package.json subgraphs/registration/
COPY subgraphs/billing/package.json subgraphs/billing/

# The production build (dist/) needs the dev dependencies (esbuild, tsx).
FROM manifests AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# What runs: production dependencies only.
FROM manifests AS runtime-deps
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=runtime-deps /app/package.json ./package.json
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/clients/sdk/generated/persisted-documents.json ./clients/sdk/generated/persisted-documents.json
COPY deploy/healthcheck.mjs ./deploy/healthcheck.mjs
# Uploaded documents when no volume is mounted elsewhere (DOCUMENTS_DIR).
RUN mkdir -p /app/.data/documents && chown -R node:node /app/.data
USER node
EXPOSE 4000 4001 4002 4003 4004
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 CMD ["node", "deploy/healthcheck.mjs"]
# SIGTERM goes to node itself (exec form): it drains and exits (graceful shutdown, README "Deploying").
ENTRYPOINT ["node"]
CMD ["dist/router/main.js"]
