// Round 3. A ref local to an element of the published struct array: writing through it writes the array.
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round3.RefLocalElement;

public struct Limit
{
    public int Max;
}

public static class Limits
{
    public static void Tighten(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Limit[]>();
        Limit[] limits = [new Limit { Max = 100 }, new Limit { Max = 200 }];
        slot.Publish(limits);
        ref Limit first = ref limits[0];
        first.Max = 50; // expect: WEFT0002 #escape
    }
}
