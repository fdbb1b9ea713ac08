// Worker code records into the shared latency snapshot through interface dispatch: a default interface method reached
// through the interface, and a static abstract interface member called from a generic helper constrained on it. Both
// writes happen in the callee, on snapshot data handed to it (reported at the call, as in ParamsHelperOnSnapshot).
// The List member is WEFT0001.
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.InterfaceDispatchOnSnapshot;

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

[ThreadLocalSlot]
public sealed partial class Latency : ISampled, IResettable<Latency>
{
    public List<long> Samples { get; init; } = new(); // expect: WEFT0001

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
        sampled.Record(micros); // expect: WEFT0003
        Resets.ResetAll(Latency.Current); // expect: WEFT0003
    }
}
