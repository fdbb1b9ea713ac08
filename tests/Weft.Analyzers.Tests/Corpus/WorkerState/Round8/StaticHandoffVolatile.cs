// WEFT0004: worker code stores its cache in a static with Volatile.Write; a Task.Run elsewhere reads it and
// clears it (another class's static field: the declaring type's bodies decide what it holds). #escape on the store
// and the use.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R8.StaticHandoffVolatile;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public static class LastCache
{
    public static DnsCache? Value;

    public static void Remember() => Volatile.Write(ref Value, DnsCache.Current); // expect: WEFT0004 #escape
}

public static class Janitor
{
    public static Task Sweep() => Task.Run(() => Volatile.Read(ref LastCache.Value)?.Names.Clear()); // expect: WEFT0004 #escape
}
