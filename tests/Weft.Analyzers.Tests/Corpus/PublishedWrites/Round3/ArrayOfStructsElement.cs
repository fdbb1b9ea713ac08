// Round 3. An array of mutable structs is published; assigning a field of an element writes the shared array in place.
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
    public static void Drain(WorkerPool pool, Backend[] backends)
    {
        Slot<Backend[]> slot = pool.AllocateSlot<Backend[]>();
        slot.Publish(backends);
        backends[0].Weight = 0; // expect: WEFT0002 "backends"
    }
}
