// Small wording helpers shared by the status bar, the views and the hover cards.
import type { ActorType } from '../analysis/types';

/** How an actor's type reads to a person. */
export const ACTOR_TYPE_NAMES = { PERSON: 'Person', ORG: 'Organization', PLACE: 'Place' } as const satisfies Readonly<
  Record<ActorType, string>
>;

/** "1 claim", "3 claims". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A size in characters, as a person reads it: "812 characters", "40 KB", "10.2 MB". */
export function formatSize(characters: number): string {
  if (characters < 1024) return plural(characters, 'character');
  if (characters < 1024 * 1024) return `${(characters / 1024).toFixed(0)} KB`;
  return `${(characters / (1024 * 1024)).toFixed(1)} MB`;
}
