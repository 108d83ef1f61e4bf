// Every metric `npm run bench` measures, in report order. Add a group file and list it here.
import { autoMetrics } from './auto-metrics';
import { clipMetrics } from './clip-metrics';
import { firefoxMetrics } from './firefox-metrics';
import { libraryMetrics } from './library-metrics';
import { pageMetrics } from './page-metrics';
import { sizeMetrics } from './size-metrics';
import { toggleMetrics } from './toggle-metrics';
import type { Metric } from './types';

export const metrics: Metric[] = [...sizeMetrics, ...pageMetrics, ...toggleMetrics, ...autoMetrics, ...clipMetrics, ...libraryMetrics, ...firefoxMetrics];
