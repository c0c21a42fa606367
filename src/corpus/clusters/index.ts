/**
 * Story and event clusters over stored records: the two corpus stages (stories first, since
 * the event clustering compares only the events of article pairs the stories stage kept) and
 * the queries over their rows.
 */
export { storiesStage, storyTest, STORIES } from './stories.js';
export { eventsStage, EVENTS } from './events.js';
export {
  eventClusterMembers,
  eventClusterOf,
  eventClusterSummary,
  storyMembers,
  storyOf,
  storySummary,
  type ClusterSummary,
} from './query.js';
