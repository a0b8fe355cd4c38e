/**
 * The sealing code of the "Send to the consultancy" view, loaded only when the visitor creates a
 * link: WebCrypto, compression and the carrier choice stay out of the page's JavaScript at load.
 */
import { sealToFragment } from '../../lib/handoff/fragment';
import { toHandoffFile } from '../../lib/handoff/handoffFile';
import { chooseHandoffCarrier } from '../../lib/handoff/linkCarrier';
import { handoffLink, handoffMailto, handoffPayload } from '../../lib/handoff/workspaceHandoff';
import { datedFileName, downloadText } from '../../lib/persistence/files';
import type { Workspace } from '../../lib/workbench/workspaceSchema';

export type SealedHandoff =
  | { carrier: 'link'; link: string; mailto: string; length: number }
  | { carrier: 'file'; fileName: string; fileText: string; length: number; limit: number };

export async function sealWorkspace(
  workspace: Workspace,
  passphrase: string | undefined,
  mail: { subject: string; intro: string },
): Promise<SealedHandoff> {
  const fragment = await sealToFragment(handoffPayload(workspace), passphrase === undefined ? {} : { passphrase });
  const link = handoffLink(window.location.origin, fragment);
  const { carrier, length, limit } = chooseHandoffCarrier(link);
  if (carrier === 'link') return { carrier, link, length, mailto: handoffMailto(link, mail.subject, mail.intro) };
  return {
    carrier,
    fileName: datedFileName('sealed-handoff', 'json'),
    fileText: toHandoffFile(fragment),
    length,
    limit,
  };
}

export const downloadSealedFile = (sealed: { fileName: string; fileText: string }) =>
  downloadText(sealed.fileName, sealed.fileText);
