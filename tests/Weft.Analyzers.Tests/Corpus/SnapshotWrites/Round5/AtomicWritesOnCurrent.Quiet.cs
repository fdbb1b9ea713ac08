// Quiet twin of AtomicWritesOnCurrent: the snapshot is read with Volatile.Read / Interlocked.Read-style copies into
// locals; the atomic writes go to the worker's own counters object.
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus5a.AtomicWritesOnCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class Stats
{
    public long Baseline { get; init; }
    public string? Last { get; init; }
    public ImmutableArray<string> Seen { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class Mine
{
    public long Requests;
    public string? Last;
}

public static class Worker
{
    public static long Count(Mine mine, string path)
    {
        long baseline = Stats.Current.Baseline;
        Interlocked.Increment(ref mine.Requests);
        Interlocked.CompareExchange(ref mine.Last, Stats.Current.Last ?? path, null);
        Volatile.Write(ref mine.Last, path);
        return baseline + Stats.Current.Seen.Length;
    }
}
