#!/usr/bin/env node
// The npm registry mirror this project is built against serves only the Linux x64/arm64 builds of
// packages that ship one native binary per platform (@next/swc-*, @tailwindcss/oxide-*). npm then
// leaves the other platforms' optional packages out of package-lock.json, and `npm ci` refuses the
// lock as out of sync. This adds those entries back, marked optional with their os and cpu, so npm
// skips them on this machine without fetching anything. Run it after any `npm install`.
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;
const OS = { darwin: 'darwin', win32: 'win32', android: 'android', freebsd: 'freebsd', linux: 'linux', wasm32: null };
const CPU = { arm64: 'arm64', x64: 'x64', arm: 'arm', ia32: 'ia32', wasm32: 'wasm32' };

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => p in OS);
  const cpu = parts.find((p) => p in CPU);
  if (!os || !cpu) return undefined;
  return os === 'wasm32' ? { cpu: ['wasm32'] } : { os: [OS[os]], cpu: [CPU[cpu]] };
}

let added = 0;
for (const [where, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${where}/node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(range)) continue;
    packages[key] = { version: range, optional: true, ...platform };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
