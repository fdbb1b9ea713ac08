using System.Collections.Generic;
using Weft;

namespace Corpus.ThreadContext.R9.ConstructorKeepsState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public Dictionary<string, int> ByHost { get; } = new();
}

public static class Maintenance
{
    public static void Sweep()
    {
        var evictor = new Evictor(HostCache.Current.ByHost); // expect: WEFT0004
        evictor.Schedule();
    }
}
