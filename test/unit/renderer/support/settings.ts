// The settings a fresh install starts with (the store's defaults), for renderer tests.
export { defaultSettings } from '../../../../src-main/core/settings/settings-store';
