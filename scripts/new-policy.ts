#!/usr/bin/env node
/** npm run new:policy — see --help, and CONTRIBUTING.md for the whole workflow. */
import { runCommand } from '../src/lib/authoring/cli.ts';
import { newPolicy } from '../src/lib/authoring/new-policy.ts';

runCommand(newPolicy);
