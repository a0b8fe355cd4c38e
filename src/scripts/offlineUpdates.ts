// Registers the service worker (offline use) and, when a newer deployment's worker is waiting,
// shows the update notice; its Reload button lets that worker take over and reloads the page.
// Every page runs this before interaction, so it is written for size: on* handlers on our own objects.
import { SERVICE_WORKER_PATH, SKIP_WAITING_MESSAGE } from '../lib/offline/workerProtocol';

const workers = navigator.serviceWorker;
const notice = document.querySelector<HTMLElement>('[data-update-notice]');
const reloadButton = notice?.querySelector('button');

if (workers && notice && reloadButton) {
  // After the load event: the worker's install downloads the tools, which must not slow this page.
  addEventListener('load', () => {
    workers.register(SERVICE_WORKER_PATH).then(
      (registration?: ServiceWorkerRegistration) => {
        // Playwright's serviceWorkers: 'block' (the e2e tests) resolves with no registration.
        if (!registration) return;
        // A worker waiting with none in control is a first install, not an update.
        const offerUpdate = () => {
          if (registration.waiting && workers.controller) notice.hidden = false;
        };
        offerUpdate();
        registration.onupdatefound = () => {
          if (registration.installing) registration.installing.onstatechange = offerUpdate;
        };
        reloadButton.onclick = () => {
          // Set only now: the first install also changes the controller, and must not reload the page.
          workers.oncontrollerchange = () => location.reload();
          if (registration.waiting) registration.waiting.postMessage(SKIP_WAITING_MESSAGE);
          else location.reload();
        };
      },
      // No worker (blocked, private browsing, an old browser): the site works online as before.
      () => {},
    );
  });
}
