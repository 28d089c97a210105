#!/usr/bin/env bash
# Docker cannot run on the CI machine, so this repeats the Dockerfile's install and build steps in
# a clean temporary folder (tracked files only, as `COPY . .` with a clean clone would) and starts
# the result the way the image's CMD does, then asks /api/health as its HEALTHCHECK does.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

cd "$repo"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$work"
cd "$work"
npm ci --no-audit --no-fund --loglevel=error
npx tsx scripts/build-app.ts >/dev/null
npm prune --omit=dev --no-audit --no-fund --loglevel=error
mkdir -p "$work/data"
port=$(node -e "const s=require('net').createServer();s.listen(0,()=>{console.log(s.address().port);s.close()})")
NODE_ENV=production HOST=127.0.0.1 PORT="$port" DATA_DIR="$work/data" CLAUDE_PASSWORD=smoke \
  node .next/paddock-server.mjs >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  if node -e "fetch('http://127.0.0.1:$port/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
    if ! node -e "fetch('http://127.0.0.1:$port/sw.js').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
      echo "docker-smoke: the server answers but serves no /sw.js"; exit 1
    fi
    echo "docker-smoke: the Dockerfile's build steps produced a server that answers /api/health and serves /sw.js"
    exit 0
  fi
  sleep 1
done
echo "docker-smoke: the server did not become healthy"; cat "$work/server.log"
exit 1
