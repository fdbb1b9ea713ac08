// The published latency window is written through interface dispatch after the publish: a default interface method
// (called through the interface, the only way C# allows) and a static abstract interface member reached from a
// generic helper constrained on the interface. Each call writes the published object (WEFT0002: a call of your method
// that writes it), so each is reported at the call.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.InterfaceDispatchWrites;

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

public sealed class LatencyWindow : ISampled, IResettable<LatencyWindow>
{
    public List<long> Samples { get; } = new();

    public static void Reset(LatencyWindow value) => value.Samples.Clear();
}

public static class Windows
{
    public static void ResetAll<T>(T value)
        where T : IResettable<T> => T.Reset(value);
}

public sealed class WindowPublisher
{
    private readonly Slot<LatencyWindow> _slot;

    public WindowPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<LatencyWindow>();

    public void Publish(LatencyWindow window, long sample)
    {
        _slot.Publish(window);
        ((ISampled)window).Record(sample); // expect: WEFT0002
        ISampled sampled = window;
        sampled.Record(sample * 2); // expect: WEFT0002
        Windows.ResetAll(window); // expect: WEFT0002
    }
}
