// The consequence table editor: one component for the committees' proposals and FU's and RR's changed amounts.
export { ConsequenceTableEditor } from './ConsequenceTableEditor';
export type { ConsequenceTableEditorProps } from './ConsequenceTableEditor';
export { emptyRow, emptyTable, readTable, tableBodyOf, tableDraftOf, tableErrorsOf } from './table-draft';
export type { TableDraft, TableReading } from './table-draft';
