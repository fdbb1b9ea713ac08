// Round 3. A ref readonly local can only read the element: quiet.
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round3.RefLocalElement;

public struct Limit
{
    public int Max;
}

public static class Limits
{
    public static int Tighten(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<Limit[]>();
        Limit[] limits = [new Limit { Max = 100 }, new Limit { Max = 200 }];
        slot.Publish(limits);
        ref readonly Limit first = ref limits[0];
        return first.Max / 2;
    }
}
