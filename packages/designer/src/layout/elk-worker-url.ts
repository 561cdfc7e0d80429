// The designer's own Vite builds (the app, the component tests) resolve the
// worker from node_modules with Vite's `?url`. The package build replaces
// this module (see vite.config.ts) with a `new URL('./elk-worker.min.js',
// import.meta.url)` next to the built file, where it copies the worker, so
// that the published package needs no Vite to find it.
import url from 'elkjs/lib/elk-worker.min.js?url';

/** Where ELK's worker script is loaded from unless the host says otherwise. */
export const defaultLayoutWorkerUrl: string = url;
