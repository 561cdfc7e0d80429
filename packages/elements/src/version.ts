/** The version of this build of `@careway/elements`, kept equal to package.json (a test checks it). */
export const VERSION = '0.1.0';
