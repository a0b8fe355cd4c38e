import { Suspense, lazy, type ComponentProps } from 'react';
import { LoadFailure } from './loadFailure';

const Notice = lazy(() => import('./Notice').then((module) => ({ default: module.Notice })));

/**
 * A notice whose component loads on demand (most visits never see one). Until it arrives, and if
 * it cannot load, its text is shown plainly, so no message is ever lost.
 */
export function LazyNotice(props: ComponentProps<typeof Notice> & { children: string }) {
  const plain = <p>{props.children}</p>;
  return (
    <LoadFailure message={props.children}>
      <Suspense fallback={plain}>
        <Notice {...props} />
      </Suspense>
    </LoadFailure>
  );
}
