#!/usr/bin/env node
/** npm run new:policy — see --help, and CONTRIBUTING.md for the whole workflow. */
import { runCommand } from '../src/authoring/cli.ts';
import { newPolicy } from '../src/authoring/new-policy.ts';

runCommand(newPolicy);
