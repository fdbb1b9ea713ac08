// WEFT0003: atomic or locked writes are still writes into the shared snapshot: Interlocked.Increment and
// CompareExchange on its fields, Volatile.Write, and an Add under `lock` on the snapshot's list (readers take no lock).
// Reading: the page says "a write into data reached from Current"; atomicity does not make the snapshot mutable
// by design, so each is reported.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus5a.AtomicWritesOnCurrent;

[ThreadLocalSlot]
public sealed partial class Stats
{
    public long Requests; // expect: WEFT0001
    public string? Last; // expect: WEFT0001
    public List<string> Seen { get; init; } = new(); // expect: WEFT0001
}

public static class Worker
{
    public static void Count(string path)
    {
        Interlocked.Increment(ref Stats.Current.Requests); // expect: WEFT0003
        Interlocked.CompareExchange(ref Stats.Current.Last, path, null); // expect: WEFT0003
        Volatile.Write(ref Stats.Current.Last, path); // expect: WEFT0003
        var seen = Stats.Current.Seen;
        lock (seen)
        {
            seen.Add(path); // expect: WEFT0003
        }
    }
}
