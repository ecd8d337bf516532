import { parseArgs, type ParseArgsConfig } from 'node:util';
import { contentDir } from '../lib/content-dir.ts';
import { withRegistryLock } from './registry-lock.ts';

/**
 * What the authoring commands share: arguments, `--help`, `--content`, and exit codes
 * (0 done, 1 refused with nothing written, 2 a mistake in the command itself), and the
 * content folder's lock, held from the first read to the last write so that commands run
 * at once never lose each other's changes.
 */

/** A refusal: the command wrote nothing, and says why in these lines. */
export class Refusal extends Error {
  readonly lines: string[];
  constructor(lines: string | string[]) {
    const list = typeof lines === 'string' ? [lines] : lines;
    super(list.join('\n'));
    this.lines = list;
  }
}

/** A mistake in the command line: the usage is printed with it. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command<O extends Options> {
  usage: string;
  options: O;
  run(args: { positionals: string[]; values: ParsedValues<O>; contentDir: string }): string;
}

type ParsedValues<O extends Options> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' }
    ? boolean
    : O[K] extends { multiple: true }
      ? string[]
      : string;
};

/**
 * Runs a command from its command line: `--help`, `--content`, then the command itself
 * under the content folder's lock, printing its report, or its refusal and exit code.
 */
export function runCommand<O extends Options>(command: Command<O>, argv = process.argv.slice(2)): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...command.options, help: { type: 'boolean', short: 'h' }, content: { type: 'string' } },
    });
  } catch (error) {
    usageError(command, (error as Error).message);
    return;
  }
  const values = parsed.values as ParsedValues<O> & { help?: boolean; content?: string };
  if (values.help) {
    console.log(command.usage);
    return;
  }
  if (values.content) process.env.COMMON_GROUND_CONTENT = values.content;
  try {
    const dir = contentDir();
    const { positionals } = parsed;
    console.log(withRegistryLock(dir, () => command.run({ positionals, values, contentDir: dir })));
  } catch (error) {
    if (error instanceof UsageError) usageError(command, error.message);
    else if (error instanceof Refusal) {
      for (const line of error.lines) console.error(line);
      console.error('Nothing was written.');
      process.exitCode = 1;
    } else throw error;
  }
}

function usageError<O extends Options>(command: Command<O>, message: string): void {
  console.error(`${message}\n\n${command.usage}`);
  process.exitCode = 2;
}
