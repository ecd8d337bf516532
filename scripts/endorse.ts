#!/usr/bin/env node
/** npm run endorse — see --help, and CONTRIBUTING.md for the whole workflow. */
import { runCommand } from '../src/authoring/cli.ts';
import { endorse } from '../src/authoring/endorse.ts';

runCommand(endorse);
