// Quiet twin of MetricsExporterBuffer: each tick renders into a new list, so no published list is written again.
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Slots;
using Weft.Stats;

namespace Corpus6b.MetricsExporterBuffer;

public sealed class MetricsExporter
{
    private readonly Slot<IReadOnlyList<string>> _page;
    private List<string> _lines = new();

    public MetricsExporter(WorkerPool pool) => _page = pool.AllocateSlot<IReadOnlyList<string>>();

    public void OnFlushed(StatsSnapshot snapshot, IEnumerable<(string Name, long Value)> counters)
    {
        _lines = new List<string>();
        foreach (var (name, value) in counters.OrderBy(c => c.Name))
        {
            _lines.Add(Render(name, value));
        }
        _page.Publish(_lines.AsReadOnly());
    }

    private static string Render(string name, long value) => $"weft_{name.Replace('.', '_')} {value}";

    public IReadOnlyList<string> CurrentPage() => _page.Get();
}
