// What the GitHub stand-in keeps and reads: its comments, the fixture's tokens and the clock. An
// interface, not the emulator's state class, so that this folder needs nothing from the services.
import type { Call } from '../shared/route.js';
import type { Fixture } from '../shared/seed.js';

export interface GithubUser {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

export interface Comment {
  id: number;
  /** `owner/repo#number` */
  issue: string;
  body: string;
  user: GithubUser;
  created_at: string;
  updated_at: string;
}

export interface GithubState {
  readonly fixture: Pick<Fixture, 'github' | 'runner'>;
  now(): number;
  /** Pull-request comments made through the GitHub REST stand-in, by id. */
  readonly comments: Map<number, Comment>;
}

/** A request to a GitHub stand-in handler. */
export type GithubCall = Call<GithubState>;
