// Kept equal to package.json's version by a test; sent in the User-Agent.
export const VERSION = '0.1.0';
export const USER_AGENT = `codearts-perftest-action/${VERSION}`;
