import type { Command } from 'commander';

/** `bagalau methodologies`: not built yet. */
export function register(_program: Command): void {}
