// Entry of dist/sw.js: bundled on its own by src/integrations/serviceWorker.ts, never by a page.
import { startServiceWorker, type OfflineManifest, type WorkerScope } from '../lib/offline/serviceWorker';

// Written in front of this bundle by scripts/lib/offline/workerScript.ts.
declare const OFFLINE_MANIFEST: OfflineManifest;

startServiceWorker(self as unknown as WorkerScope, OFFLINE_MANIFEST);
