// Quiet twin of ExporterHelperReadsCurrent: the numbers are gathered on the worker; only the copy is exported.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.ExporterHelperReadsCurrent;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LocalMetrics
{
    private readonly Dictionary<string, long> _counters = new(StringComparer.Ordinal);

    public void Add(string name, long delta) => _counters[name] = _counters.GetValueOrDefault(name) + delta;

    public string[] Render() => _counters.Select(p => $"{p.Key} {p.Value}").ToArray();
}

public static class Exporter
{
    public static Func<string[], Task> Ship { get; set; } = _ => Task.CompletedTask;

    public static void Kick()
    {
        string[] lines = Gather();
        _ = Task.Run(() => Ship(lines));
    }


    private static string[] Gather() => LocalMetrics.Current.Render();
}
