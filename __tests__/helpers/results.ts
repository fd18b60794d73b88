// The outputs every run step that knows its task adds: where its results files were written.
export const RESULTS_OUTPUTS = {
  results_file: expect.stringMatching(/codearts-perftest[\\/]results\.json$/),
  junit_file: expect.stringMatching(/codearts-perftest[\\/]junit\.xml$/),
};
