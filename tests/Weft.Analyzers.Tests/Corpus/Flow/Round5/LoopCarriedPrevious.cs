// WEFT0002: a loop publishes each version and links the previous one to the next (`previous.Next = current`); the
// previous version was published on the last pass, so that write races the workers.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.LoopCarriedPrevious;

public sealed class Version
{
    public int Number;
    public Version? Next;
}

public static class Publisher
{
    public static void Run(WorkerPool pool, IEnumerable<int> numbers)
    {
        var slot = pool.AllocateSlot<Version>();
        Version? previous = null;
        foreach (var n in numbers)
        {
            var current = new Version { Number = n };
            if (previous is not null)
            {
                previous.Next = current; // expect: WEFT0002
            }

            slot.Publish(current);
            previous = current;
        }
    }
}
