// The one state a test reads through Emulator.state: the emulated account's (service/) and the GitHub
// stand-in's comments (github/), so that neither of those folders needs the other.
import type { Comment, GithubState } from '../github/state.js';
import { State } from '../service/state.js';

export class EmulatorState extends State implements GithubState {
  /** Pull-request comments made through the GitHub REST stand-in, by id. */
  readonly comments = new Map<number, Comment>();
}
