import { restoreContent } from './contentFolder';

export default function putContentBack(): void {
  restoreContent();
}
