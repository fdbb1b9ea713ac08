// Twin: the static is [ThreadStatic] (each thread's own; the pool thread reads its empty field).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.StaticHandoffVolatileQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public static class LastCache
{
    [ThreadStatic] public static DnsCache? Value;

    public static void Remember() => Value = DnsCache.Current;
}

public static class Janitor
{
    public static Task Sweep() => Task.Run(() => LastCache.Value?.Names.Clear());
}
