// Round 15, WEFT0008 (.case): a metrics sink (this file) records into a plain Dictionary; the report handler (another
// file) makes one sink and calls its Record from a callback run on every worker. The page: a helper of yours that
// changes what it is called on counts as that change, reported at the call in the callback.
using System.Collections.Generic;

namespace Corpus.Round15.SharedMetricsSink;

public sealed class MetricsSink
{
    private readonly Dictionary<string, long> _totals = [];

    public void Record(string name, long value) =>
        _totals[name] = _totals.GetValueOrDefault(name) + value;

    public IReadOnlyDictionary<string, long> Totals => _totals;
}
