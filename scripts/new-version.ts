#!/usr/bin/env node
/** npm run new:version — see --help, and CONTRIBUTING.md for the whole workflow. */
import { runCommand } from '../src/authoring/cli.ts';
import { newVersion } from '../src/authoring/new-version.ts';

runCommand(newVersion);
