// Placeholder Electron entry; the secure shell replaces it.
import { app } from 'electron';
void app.whenReady();
