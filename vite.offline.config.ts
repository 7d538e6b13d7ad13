import { mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config';

/**
 * The one-file offline build (dist/offline/): all JS and CSS inlined into one HTML file that works
 * opened from disk (file://), for networks that reach no server.
 */
export default mergeConfig(base, {
  plugins: [viteSingleFile({ removeViteModuleLoader: true })],
  build: { outDir: 'dist/offline', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
