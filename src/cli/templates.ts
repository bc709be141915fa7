import type { Command } from 'commander';

/** `bagalau templates`: not built yet. */
export function register(_program: Command): void {}
