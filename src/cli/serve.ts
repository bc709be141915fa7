/**
 * `bagalau serve [--dir WORKSPACE] [--port 8080] [--host 127.0.0.1] [--token T]`: the web page and the HTTP API
 * on this machine. Loopback by default; any other address needs --token. Runs until Ctrl+C.
 */
import { Command, Option } from 'commander';
import { langOption } from './lang.js';
import { UsageError } from './usage-error.js';
import { t3, type Lang } from '../law/finding.js';

interface ServeOpts { dir: string; port: string; host: string; token?: string; lang: Lang }

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
      if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535) throw new UsageError(t3(`--port: «${opts.port}» порт нөмірі емес`, `--port: «${opts.port}» — не номер порта`, `--port: «${opts.port}» is not a port number`));
      if (!isLoopback(opts.host) && !opts.token) throw new UsageError(t3(`--host ${opts.host} басқа компьютерлерден қолжетімді: --token беріңіз (бағалау нәтижелері құпия)`, `--host ${opts.host} доступен с других компьютеров: укажите --token (результаты оценки конфиденциальны)`, `--host ${opts.host} is reachable from other machines: give --token (evaluation results are confidential)`));
      if (opts.token !== undefined && !/^[\w.~-]{16,200}$/.test(opts.token)) throw new UsageError(t3('--token: кемінде 16 әріп, цифр, «-», «_», «.» не «~»', '--token: не менее 16 букв, цифр, «-», «_», «.» или «~»', '--token: at least 16 letters, digits, «-», «_», «.» or «~»'));
      let running;
      try {
        running = await startServer({ dir: opts.dir, port: Number(opts.port), host: opts.host, ...(opts.token ? { token: opts.token } : {}) });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UsageError(t3(`${opts.port} порты бос емес: --port арқылы басқасын таңдаңыз`, `порт ${opts.port} занят: выберите другой через --port`, `port ${opts.port} is in use: choose another with --port`));
        if (code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new UsageError(t3(`${opts.host}:${opts.port} мекенжайын тыңдау мүмкін емес (${code})`, `не удаётся слушать ${opts.host}:${opts.port} (${code})`, `cannot listen on ${opts.host}:${opts.port} (${code})`));
        if (code === 'EACCES' || code === 'ENOTDIR' || code === 'EEXIST') throw new UsageError(t3(`--dir ${opts.dir}: қолдануға болатын қалта емес (${code})`, `--dir ${opts.dir}: папкой нельзя пользоваться (${code})`, `--dir ${opts.dir}: not a usable folder (${code})`));
        throw e;
      }
      const url = `${running.url}${opts.token ? '?token=…' : ''}`;
      const root = running.ctx.workspace.root;
      process.stdout.write(`bagalau serve: ${t3(`${url}  (жұмыс қалтасы ${root}; тоқтату: Ctrl+C)`, `${url}  (рабочая папка ${root}; остановить: Ctrl+C)`, `${url}  (workspace ${root}; Ctrl+C stops)`)[opts.lang]}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          void running.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
