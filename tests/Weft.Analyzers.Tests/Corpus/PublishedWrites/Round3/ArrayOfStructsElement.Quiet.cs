// Round 3. The element is copied into a local first: a struct copy is not an alias, the array is untouched.
using Weft;
using Weft.Slots;

namespace Corpus.PublishedWrites.Round3.ArrayOfStructsElement;

public struct Backend
{
    public string Host;
    public int Weight;
}

public static class Pool
{
    public static int Drain(WorkerPool pool, Backend[] backends)
    {
        Slot<Backend[]> slot = pool.AllocateSlot<Backend[]>();
        slot.Publish(backends);
        Backend first = backends[0];
        first.Weight = 0;
        return first.Weight;
    }
}
