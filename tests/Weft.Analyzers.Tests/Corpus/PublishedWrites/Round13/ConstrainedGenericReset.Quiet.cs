// The quiet twin: a new histogram is built and reset, then published; the published one is never reset.
using System;
using Weft.Slots;

namespace Corpus.PublishedWrites.ConstrainedGenericResetQuiet;

public interface IResettable
{
    void Reset();
}

public sealed class Histogram : IResettable
{
    public int[] Buckets { get; } = new int[16];

    public void Reset() => Array.Clear(Buckets);
}

public static class Resetting
{
    public static void ResetAll<T>(T target) where T : IResettable => target.Reset();

    public static void Roll(Slot<Histogram> slot)
    {
        var next = new Histogram();
        ResetAll(next);
        slot.Publish(next);
    }
}
