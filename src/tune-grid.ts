/** The settings of the blend's confidence gates that `npm run tune:intents` and `npm run cv:intents -- --gates` compare. */
export const GATE_GRID = {
  confidentMargin: [0, 0.1, 0.2, 0.3, 1],
  classifierMargin: [-1, 0, 0.1, 0.2, 0.3],
  outOfScopeFallback: [2, 0.5, 0.4, 0.3],
  /** Searched on its own (`cv:intents -- --classifier-answer`), the other gates at their defaults. */
  classifierAnswer: [2, 0.7, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25],
  /** Searched on its own (`cv:intents -- --sibling-answer`), the other gates at their defaults. */
  siblingAnswer: [2, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1],
  /** Searched on its own (`cv:intents -- --single-answer`), each lead with each out-of-scope ceiling. */
  singleAnswer: [2, 0.6, 0.55, 0.5, 0.45, 0.4, 0.35],
  singleAnswerOutOfScope: [0.1, 0.2, 1],
};
