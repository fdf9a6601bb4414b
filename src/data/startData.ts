/**
 * Imported first by the entry point: the data files start loading while the rest of the
 * page's script is still being evaluated.
 */
import { startLoading } from './dataFiles';
import { DATA_FILES } from './dataFileNames';

startLoading([
  DATA_FILES.events,
  DATA_FILES.countries,
  DATA_FILES.context,
  DATA_FILES.stories,
  DATA_FILES.shapes,
  DATA_FILES.labels,
]);
