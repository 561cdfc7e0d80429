/** What one tab tells the others about the workspace. */
export interface WorkspaceMessage {
  readonly type: 'saved' | 'removed';
  readonly id: string;
  readonly revision: number;
  readonly tab: string;
}

/**
 * A BroadcastChannel between the tabs that share a workspace; `onMessage`
 * hears the other tabs only. Returns `post` and `close`.
 */
export function openChannel(name: string, tab: string, onMessage: (message: WorkspaceMessage) => void) {
  const channel =
    typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(`careway-workspace:${name}`);
  const listener = (event: MessageEvent<WorkspaceMessage>) => {
    if (event.data?.tab !== tab) onMessage(event.data);
  };
  channel?.addEventListener('message', listener);
  return {
    post: (message: Omit<WorkspaceMessage, 'tab'>) => channel?.postMessage({ ...message, tab }),
    close: () => {
      channel?.removeEventListener('message', listener);
      channel?.close();
    },
  };
}
