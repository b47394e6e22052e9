/** The value after `--name` (or `--name=value`), if given. */
export function option(args: string[], name: string): string | undefined {
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  return args[at].includes('=') ? args[at].slice(args[at].indexOf('=') + 1) : args[at + 1];
}

/** A flag; Nx forwards `--force` as `--force=true`. */
export const flag = (args: string[], name: string): boolean => args.some((arg) => arg === `--${name}` || arg === `--${name}=true`);

/** Arguments that are not options (nor the value of one of `valued`). */
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
