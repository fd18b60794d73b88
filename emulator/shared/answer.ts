// What every route answers, and the one error class its handlers throw. Each emulated service words
// its errors in its own JSON shape; an error carries that shape with it, so whoever catches it
// answers as the service would.

/** An HTTP answer: a JSON value (or a string sent as is), with headers besides Content-Type. */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * The error bodies: CodeArts PerfTest's `{code, message}`, IAM's `{error: {code, message}}` and the
 * API gateway's `{error_code, error_msg}`.
 */
export type ErrorFormat = 'cpts' | 'iam' | 'gateway';

export function errorBody(format: ErrorFormat, code: string, message: string): unknown {
  switch (format) {
    case 'cpts':
      return { code, message };
    case 'iam':
      return { error: { code, message } };
    case 'gateway':
      return { error_code: code, error_msg: message };
  }
}

/** An error answer of an emulated service: thrown by a handler, answered in the service's format. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly format: ErrorFormat,
  ) {
    super(message);
  }

  answer(): Answer {
    return { status: this.status, body: errorBody(this.format, this.code, this.message) };
  }
}
