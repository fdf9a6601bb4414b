/**
 * Imported first by the entry point: the data files start loading while the rest of the
 * page's script is still being evaluated. A file whose bytes this build checked is not checked
 * again (see dataFiles.ts).
 */
import checkedDigests from 'virtual:data-digests';
import { startLoading } from './dataFiles';
import { DATA_FILES } from './dataFileNames';

startLoading(Object.values(DATA_FILES), checkedDigests);
