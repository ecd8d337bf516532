#!/usr/bin/env node
/** npm run new:version — see --help, and CONTRIBUTING.md for the whole workflow. */
import { runCommand } from '../src/lib/authoring/cli.ts';
import { newVersion } from '../src/lib/authoring/new-version.ts';

runCommand(newVersion);
