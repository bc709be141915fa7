/**
 * `bagalau serve [--dir WORKSPACE] [--port 8080] [--host 127.0.0.1] [--token T]`: the web page and the HTTP API
 * on this machine. Loopback by default; any other address needs --token. Runs until Ctrl+C.
 */
import { Command, Option } from 'commander';
import { langOption } from './lang.js';
import { UsageError } from './usage-error.js';

interface ServeOpts { dir: string; port: string; host: string; token?: string }

export function register(program: Command): void {
  program
    .command('serve')
    .addOption(new Option('--dir <folder>').default('.'))
    .addOption(new Option('--port <port>').default('8080'))
    .addOption(new Option('--host <host>').default('127.0.0.1'))
    .option('--token <token>')
    .addOption(langOption())
    .action(async (opts: ServeOpts) => {
      const { isLoopback } = await import('../serve/http.js');
      const { startServer } = await import('../serve/server.js');
      if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535) throw new UsageError(`--port: «${opts.port}» is not a port number`);
      if (!isLoopback(opts.host) && !opts.token) throw new UsageError(`--host ${opts.host} is reachable from other machines: give --token (evaluation results are confidential)`);
      if (opts.token !== undefined && !/^[\w.~-]{16,200}$/.test(opts.token)) throw new UsageError('--token: at least 16 letters, digits, «-», «_», «.» or «~»');
      let running;
      try {
        running = await startServer({ dir: opts.dir, port: Number(opts.port), host: opts.host, ...(opts.token ? { token: opts.token } : {}) });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UsageError(`port ${opts.port} is in use: choose another with --port`);
        if (code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new UsageError(`cannot listen on ${opts.host}:${opts.port} (${code})`);
        if (code === 'EACCES' || code === 'ENOTDIR' || code === 'EEXIST') throw new UsageError(`--dir ${opts.dir}: not a usable folder (${code})`);
        throw e;
      }
      process.stdout.write(`bagalau serve: ${running.url}${opts.token ? '?token=…' : ''}  (workspace ${running.ctx.workspace.root}; Ctrl+C stops)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          void running.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
