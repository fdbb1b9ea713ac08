// WEFT0008 across files: a report class declared in this file; Survey.cs captures one instance and increments its
// property from an UpdateAllAsync callback run on every worker.
namespace Corpus.PerWorkerCallbacks.R9.CapturedReportElsewhere;

public sealed class Report
{
    public int Workers { get; set; }

    public long Entries { get; set; }
}
