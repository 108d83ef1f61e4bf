// The page's translator, handed down by context so every component speaks the chosen language.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { makeT, type Translate } from '../../lib/i18n';
import { LIBRARY_STRINGS, type LibraryKey } from './strings';

export type T = Translate<LibraryKey>;

export const TContext = createContext<T>(makeT(LIBRARY_STRINGS, 'en'));

export const useT = (): T => useContext(TContext);
