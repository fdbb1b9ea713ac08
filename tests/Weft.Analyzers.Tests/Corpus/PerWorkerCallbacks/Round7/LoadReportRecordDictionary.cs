// Chat broker: main builds a load report record and runs an update on every worker that fills the report's
// per-worker dictionary by worker name — the record is captured and its Dictionary written from every worker (what a
// captured local holds). Twin: the record holds a ConcurrentDictionary.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.LoadReportRecordDictionary;

public sealed record LoadReport(string Cluster, Dictionary<string, int> ConnectionsByWorker);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionTable
{
    public ConnectionTable(string owner) => Owner = owner;

    public string Owner { get; }
    public HashSet<long> Open { get; } = new();
}

public static class LoadReporter
{
    public static async Task<LoadReport> BuildAsync(WorkerPool pool, string cluster)
    {
        var report = new LoadReport(cluster, new Dictionary<string, int>());
        await ConnectionTable.UpdateAllAsync(pool, table => report.ConnectionsByWorker[table.Owner] = table.Open.Count); // expect: WEFT0008
        return report;
    }
}

public static class LoadMath
{
    public static int Total(IEnumerable<int> counts)
    {
        int total = 0;
        foreach (int n in counts) total += n;
        return total;
    }

    public static double Imbalance(IReadOnlyCollection<int> counts)
    {
        if (counts.Count == 0) return 0;
        int max = 0, total = 0;
        foreach (int n in counts) { total += n; if (n > max) max = n; }
        return total == 0 ? 0 : max * counts.Count / (double)total;
    }
}
