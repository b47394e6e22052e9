import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { type AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { openDatabase } from '../database';

/**
 * Runs a command that opens its own connections (backup, restore) against the configured database
 * (embedded or DATABASE_URL), then stops it and exits: 0, or 1 with the Chinese message.
 */
export async function withDatabase(
  name: string,
  work: (databaseUrl: string, config: AppConfig, logger: Logger) => Promise<void>,
  /** Checks that must pass before the database is opened. */
  before?: (config: AppConfig) => void,
): Promise<void> {
  const logger = new Logger(name);
  let exitCode = 0;
  try {
    const config = loadConfig();
    before?.(config);
    const database = await openDatabase(config, () => undefined);
    try {
      await work(database.url, config, logger);
    } finally {
      await database.stop();
    }
  } catch (error) {
    logger.error(error instanceof ConfigError ? `配置错误：${error.message}` : error instanceof Error ? error.message : String(error));
    exitCode = 1;
  }
  process.exit(exitCode);
}

/** The value after `--name` (or `--name=value`), if given. */
export function option(args: string[], name: string): string | undefined {
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  return args[at].includes('=') ? args[at].slice(args[at].indexOf('=') + 1) : args[at + 1];
}

/** Arguments that are not options (nor an option's value). */
export function positional(args: string[], valued: string[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) {
      if (valued.includes(args[i].slice(2))) i++;
      continue;
    }
    out.push(args[i]);
  }
  return out;
}
