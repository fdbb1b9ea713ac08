// Health checker on main publishing a report (a list of lines) for the workers' /health handler. The all-healthy
// path publishes and returns early; the line that adds "degraded" sits below that publish in the text but only
// runs on the other path, before its own publish (quiet: order by flow, not text). Defect: after the final publish
// the report is sorted in place for the admin log (WEFT0002).
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
        _report.Publish(lines);
        lines.Sort(1, lines.Count - 1, Comparer<string>.Default); // expect: WEFT0002
    }
}
