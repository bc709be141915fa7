import type { Command } from 'commander';

/** `bagalau check`: not built yet. */
export function register(_program: Command): void {}
