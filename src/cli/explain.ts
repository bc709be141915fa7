import type { Command } from 'commander';

/** `bagalau explain`: not built yet. */
export function register(_program: Command): void {}
