// Typed wrappers over the shell's commands: the only place the UI calls `invoke`.
import { invoke } from '@tauri-apps/api/core';
import type { CommandError, Register, StoreInfo } from './bindings';

/** An error from the shell, as `{code, message}`; anything else is wrapped as `internal`. */
export function asCommandError(e: unknown): CommandError {
  if (typeof e === 'object' && e !== null && 'code' in e && 'message' in e) {
    return { code: String(e.code), message: String(e.message) };
  }
  return { code: 'internal', message: String(e) };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw asCommandError(e);
  }
}

export const api = {
  storeInfo: () => call<StoreInfo>('store_info'),
  register: () => call<Register>('register'),
};
