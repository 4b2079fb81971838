// Preload (sandboxed, context-isolated, bundled to CommonJS): exposes window.hookscope and nothing
// else. See create-bridge.ts for the shape and why errors travel as plain objects.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './create-bridge';

contextBridge.exposeInMainWorld('hookscope', createBridge(ipcRenderer));
