// The machine the figures were taken on: CPU model, cores, load, memory, Node and Chromium versions.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { CHROMIUM } from '../tests/e2e/harness';

export interface Machine {
  cpu: string;
  cores: number;
  loadAverage1m: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
}

export function describeMachine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1]?.trim() ?? cpu;
  } catch {
    // not Linux: os.cpus() it is
  }
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch (error) {
    chromium = `unknown (${(error as Error).message.split('\n')[0]})`;
  }
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    loadAverage1m: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
  };
}
