// Test data of the bilag for other projects' tests (never for production code).
export { aBilagData, demoBilagData } from './bilag-data.builder';
export { generatedBilagData, generatedRoundInEveryState } from './generated-round';
