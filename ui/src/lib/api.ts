// Typed wrappers over the shell's commands: the only place the UI calls `invoke`.
import { Channel, invoke } from '@tauri-apps/api/core';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { open, save } from '@tauri-apps/plugin-dialog';
import type {
  Activity,
  ActivityDetail,
  Change,
  CommandError,
  Controller,
  ErasedText,
  ExportFormat,
  ExportRequest,
  ExportSummary,
  FoundText,
  ImportOutcome,
  Lang,
  ImportRequest,
  Kind,
  Measure,
  NoticePreview,
  Organisation,
  OutsideChanges,
  Overview,
  Progress,
  Report,
  Rescue,
  Rescued,
  StoreInfo,
  SubProcessor,
  Text,
  Vocabularies,
} from './bindings';
import { said } from './i18n';

/** An error from the shell, as `{code, message, fields}`; anything else is wrapped as `internal`. */
export function asCommandError(e: unknown): CommandError {
  if (typeof e === 'object' && e !== null && 'code' in e && 'message' in e) {
    const fields = 'fields' in e && Array.isArray(e.fields) ? (e.fields as CommandError['fields']) : [];
    const changed = 'changed' in e && e.changed ? (e.changed as CommandError['changed']) : undefined;
        const message = typeof e.message === 'object' && e.message !== null ? (e.message as Text) : said(String(e.message));
    return { code: String(e.code), message, fields, ...(changed ? { changed } : {}) };
  }
  return { code: 'internal', message: said(String(e)), fields: [] };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw asCommandError(e);
  }
}

function progressChannel(onProgress: (p: Progress) => void): Channel<Progress> {
  const channel = new Channel<Progress>();
  channel.onmessage = onProgress;
  return channel;
}

export const api = {
  storeInfo: () => call<StoreInfo>('store_info'),
  // A server store: this window's connection, and a window of its own for another server.
  connect: (password: string) => call<null>('connect', { password }),
  openServerWindow: (address: string, password: string) => call<string>('open_server_window', { address, password }),
  overview: () => call<Overview>('overview'),
  searchTexts: () => call<[number, string][]>('search_texts'),
  activity: (id: number) => call<ActivityDetail>('activity', { id }),
  blankActivity: (organisation: Organisation) => call<Activity>('blank_activity', { organisation }),
  duplicateActivity: (id: number, name: string) => call<Activity>('duplicate_activity', { id, name }),
  vocabularies: () => call<Vocabularies>('vocabularies'),
  exportFolder: () => call<string>('export_folder'),
  check: (organisation: number) => call<Report>('check', { organisation }),
  // Notices of sub-processor changes (Art. 28(2)): what each client is owed, written to a file,
  // recorded as sent when it is still the text the user read.
  notices: (organisation: number, lang: Lang) => call<NoticePreview[]>('notices', { organisation, lang }),
  saveNotice: (client: number, lang: Lang, path: string, replace: boolean) =>
    call<string>('save_notice', { client, lang, path, replace }),
  recordNotice: (client: number, lang: Lang, text: string) => call<null>('record_notice', { client, lang, text }),
  /** The SHA-256 of a file (a contract's signed document), in hexadecimal. */
  fingerprint: (path: string) => call<string>('fingerprint', { path }),
  // `base`: the entry as the form read it; a save over a change made elsewhere since is refused
  // (`changed_elsewhere`). `null` writes over whatever is stored (the user chose theirs).
  saveOrganisation: (organisation: Organisation, base: Organisation | null, lang: Lang) =>
    call<Organisation>('save_organisation', { organisation, base, lang }),
  saveActivity: (activity: Activity, base: Activity | null, lang: Lang) => call<Activity>('save_activity', { activity, base, lang }),
  saveController: (controller: Controller, base: Controller | null, lang: Lang) => call<Controller>('save_controller', { controller, base, lang }),
  saveSubprocessor: (subprocessor: SubProcessor, base: SubProcessor | null, lang: Lang) =>
    call<SubProcessor>('save_subprocessor', { subprocessor, base, lang }),
  saveMeasure: (measure: Measure, base: Measure | null, lang: Lang) => call<Measure>('save_measure', { measure, base, lang }),
  outsideChanges: () => call<OutsideChanges | null>('outside_changes'),
  rescue: (how: Rescue) => call<Rescued>('rescue', { how }),
  findText: (text: string, lang: Lang) => call<FoundText>('find_text', { text, lang }),
  eraseText: (text: string) => call<ErasedText>('erase_text', { text }),
  remove: (kind: Kind, id: number) => call<null>('delete', { kind, id }),
  loadDemo: () => call<null>('load_demo'),
  history: (kind: Kind | null, id: number | null, lang: Lang) => call<Change[]>('history', { kind, id, lang }),
  restore: (kind: Kind, id: number, seq: number) => call<null>('restore', { kind, id, seq }),
  undoChange: (change: number) => call<number>('undo_change', { change }),
  importFile: (request: ImportRequest, onProgress: (p: Progress) => void) =>
    call<ImportOutcome>('import_file', { request, onProgress: progressChannel(onProgress) }),
  exportFile: (request: ExportRequest, onProgress: (p: Progress) => void) =>
    call<ExportSummary>('export_file', { request, onProgress: progressChannel(onProgress) }),
  openExported: (path: string) => call<null>('open_exported', { path }),
  showExported: (path: string) => call<null>('show_exported', { path }),
};

/** The native "open" dialog for a spreadsheet; `null` when the user cancels. */
export async function chooseSpreadsheet(title: string): Promise<string | null> {
  const path = await open({
    title,
    multiple: false,
    directory: false,
    filters: [
      { name: 'Spreadsheets', extensions: ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'txt', 'tsv'] },
      { name: 'Excel', extensions: ['xlsx', 'xlsm', 'xls'] },
      { name: 'OpenDocument', extensions: ['ods'] },
      { name: 'CSV', extensions: ['csv', 'txt', 'tsv'] },
    ],
  });
  return typeof path === 'string' ? path : null;
}

/** The native "open" dialog for any document (a contract's signed copy); `null` when the user cancels. */
export async function chooseDocument(title: string): Promise<string | null> {
  const path = await open({ title, multiple: false, directory: false });
  return typeof path === 'string' ? path : null;
}

/** The native "save" dialog for an export; `null` when the user cancels. */
export async function chooseExportPath(title: string, format: ExportFormat, name: string): Promise<string | null> {
  const path = await save({
    title,
    defaultPath: `${name}.${format}`,
    filters: [{ name: format.toUpperCase(), extensions: [format] }],
  });
  return path ?? null;
}

/** Calls `ondrop` with the first file dropped on the window. Returns the unsubscriber. */
export function onFileDrop(ondrop: (path: string) => void): Promise<() => void> {
  return getCurrentWebview().onDragDropEvent((event) => {
    if (event.payload.type === 'drop' && event.payload.paths.length > 0) ondrop(event.payload.paths[0]);
  });
}
