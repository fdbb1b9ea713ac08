// Quiet twin of InterfaceDispatchOnSnapshot: the same interface dispatch over a per-worker latency slot (each worker
// records into and resets its own instance).
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.InterfaceDispatchOnSnapshotQuiet;

public interface ISampled
{
    List<long> Samples { get; }

    void Record(long value) => Samples.Add(value);
}

public interface IResettable<TSelf>
    where TSelf : IResettable<TSelf>
{
    static abstract void Reset(TSelf value);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Latency : ISampled, IResettable<Latency>
{
    public List<long> Samples { get; init; } = new();

    public static void Reset(Latency value) => value.Samples.Clear();
}

public static class Resets
{
    public static void ResetAll<T>(T value)
        where T : IResettable<T> => T.Reset(value);
}

public static class RequestTimer
{
    public static void OnResponse(long micros)
    {
        ISampled sampled = Latency.Current;
        sampled.Record(micros);
        Resets.ResetAll(Latency.Current);
    }
}
