/**
 * `@careway/designer`: the visual pathway designer as an embeddable React component.
 *
 * @packageDocumentation
 */
export { PathwayDesigner, type PathwayDesignerProps } from './PathwayDesigner.js';
export { DesignerWorkspace, type DesignerWorkspaceProps } from './workspace/DesignerWorkspace.js';
export { Workspace, type SaveResult, type WorkspaceEntry } from './storage/workspace.js';
export type { StoredPathway, PublishedVersion } from './storage/db.js';
export { useWorkspace, type SaveStatus, type UseWorkspaceOptions } from './storage/useWorkspace.js';
export type { Command } from './editor/commands/command.js';
export type { History, HistoryEntry } from './editor/commands/history.js';
export type { KindDefinition } from './kinds/types.js';
export { kinds } from './kinds/registry.js';
export type { Decorations, CanvasMark, EdgeMark, CanvasLegend } from './editor/decorations.js';
