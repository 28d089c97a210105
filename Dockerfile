# Paddock: a Next.js app with a custom Node server (WebSocket terminal), so the image ships the
# full production node_modules rather than Next's standalone output.

FROM node:22-bookworm-slim AS deps
# node-pty and better-sqlite3 compile from source.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npx tsx scripts/build-app.ts && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim AS run
# uid 10000 matches the Hermes image's default HERMES_UID: cron outputs are 0600, so a reader of the
# mounted HERMES_HOME must be the same user.
# The memory settings are scripts/server-env.ts's; it says why.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NODE_OPTIONS=--max-semi-space-size=4 \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=131072 \
    MALLOC_TRIM_THRESHOLD_=131072 \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
RUN apt-get update && apt-get install -y --no-install-recommends bash ca-certificates && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10000 paddock && useradd --system --uid 10000 --gid paddock --create-home --shell /bin/bash paddock \
 && mkdir -p /data && chown paddock:paddock /data
WORKDIR /app
COPY --from=build --chown=paddock:paddock /app/package.json /app/package-lock.json /app/next.config.mjs /app/tsconfig.json ./
COPY --from=build --chown=paddock:paddock /app/node_modules ./node_modules
COPY --from=build --chown=paddock:paddock /app/.next ./.next
COPY --from=build --chown=paddock:paddock /app/public ./public
COPY --from=build --chown=paddock:paddock /app/server ./server
COPY --from=build --chown=paddock:paddock /app/lib ./lib
USER paddock
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", ".next/paddock-server.mjs"]
