import type { Browser, BrowserServer } from 'playwright-core';

export const CHROMIUM: string;
export const ENDPOINT_VARIABLE: string;
export function launchServer(): Promise<BrowserServer>;
/** Connected to the run's shared Chromium: close() closes this file's contexts and disconnects. */
export function launch(): Promise<Browser>;
