// Which script the toggle offers for a page: the other one, or the reader's preference on mixed pages.
import type { Settings } from '../settings';
import type { Script, Target } from '../types';

export function offerFor(script: Script, settings: Pick<Settings, 'defaultTarget' | 'preferredScript'>): Target | null {
  const traditional: Target = settings.defaultTarget === 'cn' ? 'tw' : settings.defaultTarget;
  switch (script) {
    case 'simplified':
      return traditional;
    case 'traditional':
      return 'cn';
    case 'mixed':
      return settings.preferredScript === 'simplified' ? 'cn' : traditional;
    case 'none':
      return null;
  }
}
