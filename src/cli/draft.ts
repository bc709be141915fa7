import type { Command } from 'commander';

/** `bagalau draft`: not built yet. */
export function register(_program: Command): void {}
