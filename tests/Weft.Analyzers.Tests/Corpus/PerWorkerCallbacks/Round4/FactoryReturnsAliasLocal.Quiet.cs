// Quiet twin of FactoryReturnsAliasLocal: the factory's local holds an object it creates.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.FactoryReturnsAliasLocal;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateWindow
{
    public List<long> Stamps { get; } = new();
}

public static class Startup
{
    public static void Configure(WorkerPool pool)
    {
        var prototype = new RateWindow();
        RateWindow.Initialize(pool, dispatcher =>
        {
            var window = new RateWindow();
            window.Stamps.Capacity = prototype.Stamps.Capacity;
            return window;
        });
    }
}
