// A generic helper constrained to an interface resets its argument through the interface; the only implementation
// clears its own array. Called with an object after it was published. #escape: at the helper's call or at the
// constrained call inside it (the page does not say where a call chain through a type parameter is reported).
using System;
using Weft.Slots;

namespace Corpus.PublishedWrites.ConstrainedGenericReset;

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
    public static void ResetAll<T>(T target) where T : IResettable => target.Reset(); // expect: WEFT0002 #escape

    public static void Roll(Slot<Histogram> slot, Histogram current)
    {
        slot.Publish(current);
        ResetAll(current); // expect: WEFT0002 #escape
    }
}
