// What the window knows of the store, and how it reads it again: the store's state, the
// register's overview, the vocabularies, the words the search looks in, changes another program
// made, and getting a damaged store's register back. Out of App.svelte, so that the component
// holds the screens and this holds the data they show.
import { api } from './api';
import type { CommandError, OutsideChanges, Overview, Rescued, StoreInfo, Vocabularies } from './bindings';
import { mark } from './perf';

export class StoreState {
  // Data from the shell are replaced whole, never changed in place: `$state.raw` keeps them as
  // plain objects (no deep proxies over 10,000 activities).
  info = $state.raw<StoreInfo | null>(null);
  register = $state.raw<Overview | null>(null);
  /** The activities' search words, read once the list is shown. */
  searchTexts = $state.raw<Map<number, string> | null>(null);
  vocab = $state.raw<Vocabularies | null>(null);
  /** Changes another program made, once noticed, until the user has read the notice. */
  outside = $state.raw<OutsideChanges | null>(null);
  /** What getting a damaged store's register back did. */
  rescued = $state.raw<Rescued | null>(null);
  rescuing = $state(false);
  /** The last thing that went wrong, until it is replaced or cleared. */
  error = $state<CommandError | null>(null);
  /** The server store cannot be reached: what is shown may be out of date, until it answers. */
  offline = $state.raw<CommandError | null>(null);
  connecting = $state(false);
  /** The store cannot be written here: the register is shown, not edited. */
  readonly readOnly = $derived(this.info?.read_only != null);
  #loads = 0;

  /** Reads the store's state and its register again; false when it could not (a damaged store,
   * an error, which `error` then says). */
  async load(): Promise<boolean> {
    this.error = null;
    try {
      // A damaged store is not read: the window offers a way back instead.
      this.info = await api.storeInfo();
      // A server store the window could not connect to yet: it asks for the password.
      if (this.info.damaged || this.info.disconnected) return false;
      // The list first; the search words follow without holding it up.
      mark('asked');
      [this.register, this.vocab] = await Promise.all([api.overview(), this.vocab ?? api.vocabularies()]);
      mark('received');
      this.searchTexts = null;
      const asked = ++this.#loads;
      api.searchTexts().then(
        (texts) => {
          if (asked === this.#loads) this.searchTexts = new Map(texts);
        },
        () => {}, // The names and references still serve the search.
      );
      this.offline = null;
      return true;
    } catch (e) {
      if ((e as CommandError).code === 'unreachable') this.offline = e as CommandError;
      else this.error = e as CommandError;
      return false;
    }
  }

  /** Connects to this window's server store with the password the user gave. */
  async connect(password: string): Promise<boolean> {
    this.connecting = true;
    this.error = null;
    try {
      await api.connect(password);
      return true;
    } catch (e) {
      this.error = e as CommandError;
      return false;
    } finally {
      this.connecting = false;
    }
  }

  /** Looks for changes another program made to the store; true when there were (and the
   * register was read again). */
  async lookOutside(): Promise<boolean> {
    if (!this.register || this.info?.damaged) return false;
    try {
      const changes = await api.outsideChanges();
      // The server answers again (the store connects again by itself): read what it holds now.
      if (this.offline) return true;
      if (!changes) return false;
      this.outside = changes;
      return true;
    } catch (e) {
      if ((e as CommandError).code === 'unreachable') this.offline = e as CommandError;
      return false; // Asked again in a few seconds.
    }
  }

  /** Gets a damaged store's register back, from what it still holds or from its newest copy. */
  async rescue(how: 'recover' | 'newest_copy'): Promise<boolean> {
    this.rescuing = true;
    this.error = null;
    try {
      this.rescued = await api.rescue(how);
      return true;
    } catch (e) {
      this.error = e as CommandError;
      return false;
    } finally {
      this.rescuing = false;
    }
  }
}
