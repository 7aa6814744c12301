/** Types for @nlpjs/neural (the package ships none): a one-layer network over sparse features. */
declare module '@nlpjs/neural' {
  export interface NeuralSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean;
  }
  export interface NeuralModel {
    settings: NeuralSettings;
    features?: string[];
    intents?: string[];
    perceptrons?: number[][];
  }
  export interface TrainingRow {
    input: Record<string, number>;
    output: Record<string, number>;
  }
  export class NeuralNetwork {
    constructor(settings?: NeuralSettings);
    train(corpus: TrainingRow[]): { iterations: number; error: number };
    run(input: Record<string, number>): Record<string, number> | undefined;
    /** Runs features already mapped to their indices in the model's feature list (what `run` does after the lookup). */
    runInput(input: { keys: number[]; data: ArrayLike<number> }): Record<string, number>;
    explain(input: Record<string, number>, intent: string): { weights?: Record<string, number>; bias?: number };
    toJSON(): NeuralModel;
    fromJSON(json: NeuralModel): void;
  }
  const neural: { NeuralNetwork: typeof NeuralNetwork };
  export default neural;
}
