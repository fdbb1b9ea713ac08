// Quiet twin of LoopCarriedPrevious: the loop builds the whole chain first (linking while nothing is published) and
// publishes the head once, after the loop.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.LoopCarriedPreviousQuiet;

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
        Version? head = null, previous = null;
        foreach (var n in numbers)
        {
            var current = new Version { Number = n };
            if (previous is not null)
            {
                previous.Next = current;
            }

            head ??= current;
            previous = current;
        }

        if (head is not null) slot.Publish(head);
    }
}
