#!/usr/bin/env node
// The dangbo CLI: runs the TypeScript sources through tsx (no separate build step for the server).
import { register } from 'tsx/esm/api';

register();
await import('../src/server/main.ts');
