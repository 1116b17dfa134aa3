// A figure beside its target: the benchmarks print both, and how far the figure is from it.

/** The figure as a multiple of its upper bound (below 1 meets it): "0.82×"; "–" without a figure. */
export function ratioTo(value, bound) {
  return value === undefined || value === null ? '–' : `${(value / bound).toFixed(2)}×`;
}
