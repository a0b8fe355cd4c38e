// Registers the service worker (offline use) and, when a newer deployment's worker is waiting,
// shows the update notice; its Reload button lets that worker take over and reloads the page.
import { SERVICE_WORKER_PATH, SKIP_WAITING_MESSAGE } from '../lib/offline/workerProtocol';

const workers = navigator.serviceWorker;
const notice = document.querySelector<HTMLElement>('[data-update-notice]');

if (workers && notice) {
  let reloadAsked = false;
  // The first install also changes the controller (the worker claims the page): reload only on request.
  workers.addEventListener('controllerchange', () => reloadAsked && location.reload());
  addEventListener('load', () => {
    workers.register(SERVICE_WORKER_PATH).then(
      (registration) => {
        const offerUpdate = () => {
          // A waiting worker with none in control is a first install: nothing to offer.
          if (registration.waiting && workers.controller) notice.hidden = false;
        };
        offerUpdate();
        registration.addEventListener('updatefound', () =>
          registration.installing?.addEventListener('statechange', offerUpdate),
        );
        notice.querySelector('button')?.addEventListener('click', () => {
          reloadAsked = true;
          if (registration.waiting) registration.waiting.postMessage(SKIP_WAITING_MESSAGE);
          else location.reload();
        });
      },
      // No worker (blocked, private browsing, an old browser): the site works online as before.
      () => {},
    );
  });
}
