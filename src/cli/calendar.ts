import type { Command } from 'commander';

/** `bagalau calendar`: not built yet. */
export function register(_program: Command): void {}
