// Metrics exporter: a worker kicks off a background export whose entry point is a static method group, and that
// method gathers the numbers through a small helper that reads LocalMetrics.Current (WEFT0005; #escape: the page
// does not say whether a read reached through a call is reported at the read, the call or the hand-off).
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

    public static void Kick() => _ = Task.Run(ExportAsync); // expect: WEFT0005 #escape

    private static Task ExportAsync() => Ship(Gather()); // expect: WEFT0005 #escape

    private static string[] Gather() => LocalMetrics.Current.Render(); // expect: WEFT0005 #escape
}
