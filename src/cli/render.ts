import type { Command } from 'commander';

/** `bagalau render`: not built yet. */
export function register(_program: Command): void {}
