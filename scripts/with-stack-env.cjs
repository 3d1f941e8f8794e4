#!/usr/bin/env node
'use strict';
// Runs a command with the variables `npm run stack:up` resolved (.stack/env) as defaults:
// anything already set in the environment wins, so DATABASE_URL=… npm run db:migrate works.
const { spawn } = require('node:child_process');
const path = require('node:path');
const { readEnvFile } = require('../docker/local/services.cjs');

function stackEnv(file = path.join(__dirname, '..', '.stack', 'env')) {
  return readEnvFile(file);
}

module.exports = { stackEnv };

if (require.main === module) {
  const [cmd, ...args] = process.argv.slice(2);
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...stackEnv(), ...process.env } });
  // Pass signals on, so Ctrl-C and SIGTERM reach the app's shutdown hooks.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
