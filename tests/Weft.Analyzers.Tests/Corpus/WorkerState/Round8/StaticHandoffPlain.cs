// WEFT0004: the plain form of StaticHandoffVolatile: the static is assigned and read without Volatile.
// #escape on the store and the use.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.StaticHandoffPlain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public static class LastCache
{
    public static DnsCache? Value;

    public static void Remember() => Value = DnsCache.Current; // expect: WEFT0004 #escape
}

public static class Janitor
{
    public static Task Sweep() => Task.Run(() => LastCache.Value?.Names.Clear()); // expect: WEFT0004 #escape
}
