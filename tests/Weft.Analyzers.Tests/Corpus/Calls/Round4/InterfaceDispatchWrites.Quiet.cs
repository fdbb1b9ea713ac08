// Quiet twin of InterfaceDispatchWrites: the same default-method and static-abstract calls run on the window before
// it is published; afterwards it is only read through the interface.
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.InterfaceDispatchWritesQuiet;

public interface ISampled
{
    List<long> Samples { get; }

    void Record(long value) => Samples.Add(value);

    long Max()
    {
        long max = 0;
        foreach (var s in Samples)
        {
            max = s > max ? s : max;
        }

        return max;
    }
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

    public long Publish(LatencyWindow window, long sample)
    {
        Windows.ResetAll(window);
        ((ISampled)window).Record(sample);
        ISampled sampled = window;
        sampled.Record(sample * 2);
        _slot.Publish(window);
        return sampled.Max();
    }
}
