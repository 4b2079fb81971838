// Placeholder preload; the contextBridge exposure replaces it.
export {};
