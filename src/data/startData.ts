/**
 * Imported first by the entry point: the data files start loading while the rest of the
 * page's script is still being evaluated.
 */
import { startLoading } from './dataFiles';
import { DATA_FILES } from './dataFileNames';

startLoading(Object.values(DATA_FILES));
