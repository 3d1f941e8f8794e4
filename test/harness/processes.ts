import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

export interface RunningProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves when the output contains `text`; rejects if the process exits first or time runs out. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  exited(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a built entry point (dist/…) as its own process, the way production runs it. */
export function startProcess(
  entry: string,
  env: Record<string, string>,
  args: string[] = [],
): RunningProcess {
  const file = join(ROOT, 'dist', entry);
  if (!existsSync(file))
    throw new Error(`${file} is missing: run npm run build (npm test does it first)`);
  const child = spawn(process.execPath, [file, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const timeout = <T>(p: Promise<T>, ms: number, what: string) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${what} within ${ms} ms; output:\n${out}`)),
        ms,
      );
      p.then(
        (v) => (clearTimeout(timer), resolve(v)),
        (e) => (clearTimeout(timer), reject(e)),
      );
    });
  return {
    child,
    output: () => out,
    waitFor(text, timeoutMs = 30000) {
      const matches = () => (typeof text === 'string' ? out.includes(text) : text.test(out));
      return timeout(
        new Promise<void>((resolve, reject) => {
          if (matches()) return resolve();
          const check = () => {
            if (matches()) {
              listeners.delete(check);
              resolve();
            }
          };
          listeners.add(check);
          void exit.then(({ code }) => {
            if (!matches())
              reject(new Error(`process exited (${code}) before printing ${text}:\n${out}`));
          });
        }),
        timeoutMs,
        `no ${String(text)}`,
      );
    },
    exited: (timeoutMs = 30000) => timeout(exit, timeoutMs, 'process did not exit'),
  };
}
