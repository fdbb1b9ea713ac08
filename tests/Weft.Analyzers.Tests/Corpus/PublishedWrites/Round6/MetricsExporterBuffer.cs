// Metrics exporter on main: each tick it renders the merged counters into lines and publishes them for the
// workers' /metrics handlers. Defect: one List is reused for every tick — the Clear and Add above the publish
// run again on the next tick, changing what the last tick published (WEFT0002, page's "Published fields":
// also above the publish in the publishing method).
using System.Collections.Generic;
using System.Linq;
using Weft;
using Weft.Slots;
using Weft.Stats;

namespace Corpus6b.MetricsExporterBuffer;

public sealed class MetricsExporter
{
    private readonly Slot<IReadOnlyList<string>> _page;
    private readonly List<string> _lines = new();

    public MetricsExporter(WorkerPool pool) => _page = pool.AllocateSlot<IReadOnlyList<string>>();

    public void OnFlushed(StatsSnapshot snapshot, IEnumerable<(string Name, long Value)> counters)
    {
        _lines.Clear(); // expect: WEFT0002
        foreach (var (name, value) in counters.OrderBy(c => c.Name))
        {
            _lines.Add(Render(name, value)); // expect: WEFT0002
        }
        _page.Publish(_lines.AsReadOnly());
    }

    private static string Render(string name, long value) => $"weft_{name.Replace('.', '_')} {value}";

    public IReadOnlyList<string> CurrentPage() => _page.Get();
}
