import { CopyLinkButton } from './CopyLinkButton';
import { EmbedButton } from './EmbedButton';
import { LoadSession } from './LoadSession';
import { useShare } from './ShareContext';
import './share.css';

/** The explorer's share controls: Copy link, Embed and Load session (when the page offers them). */
export function ShareControls() {
  if (!useShare()) return null;
  return (
    <div className="ts-share">
      <CopyLinkButton />
      <EmbedButton />
      <LoadSession />
    </div>
  );
}
