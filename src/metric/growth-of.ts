import type { Locale } from "../core/locale";
import type { Failure } from "../core/result";
import { figureText } from "./figure-text";
import { metricFailure, type Term } from "./messages";
import { finish, lowerQuotient, type Operand, upperQuotient } from "./operand";
import type { MetricFailureReason, MetricInput, MetricSuccess } from "./types";

/**
 * The growth from a previous to a current operand already on one scale, `current / previous −
 * 1`, with the limits interval arithmetic guarantees and `approximate` when an input was an
 * estimate or a range. `previous` is the figure as given, printed when it is not positive.
 *
 * @internal
 */
export function growthOf(
  c: Operand,
  p: Operand,
  previous: MetricInput,
  locale: Locale,
  metric: Term,
  name: Term | string,
): MetricSuccess | Failure<MetricFailureReason> {
  if (p.value <= 0) {
    return metricFailure("non_positive_base", locale, metric, name, figureText(previous, locale));
  }
  const lower = lowerQuotient(c, p);
  const upper = upperQuotient(c, p);
  return finish(
    c.value / p.value - 1,
    lower === undefined ? undefined : lower - 1,
    upper === undefined ? undefined : upper - 1,
    c.bounded || p.bounded,
    locale,
    metric,
    c.approximate === true || p.approximate === true,
  );
}
