// Quiet twin of HealthReportEarlyReturn: the report is sorted before its publish; the early-return path is kept.
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Slots;

namespace Corpus6b.HealthReportEarlyReturn;

public sealed record Probe(string Target, bool Up, double Millis);

public sealed class HealthReporter
{
    private readonly Slot<List<string>> _report;

    public HealthReporter(WorkerPool pool) => _report = pool.AllocateSlot<List<string>>();

    public void Publish(IReadOnlyList<Probe> probes)
    {
        var lines = probes.Select(p => $"{p.Target} {(p.Up ? "up" : "down")} {p.Millis:F1}ms").ToList();
        if (probes.All(p => p.Up))
        {
            lines.Insert(0, "status: healthy");
            _report.Publish(lines);
            return;
        }
        lines.Insert(0, "status: degraded");
        lines.Sort(1, lines.Count - 1, Comparer<string>.Default);
        _report.Publish(lines);
    }
}
