// Quiet twin of ShuffleAfterPublish: shuffled before the publish.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class ShuffleAfterPublish
{
    public static void Run(Slot<string[]> slot)
    {
        string[] order = { "a", "b", "c" };
        Random.Shared.Shuffle(order);
        slot.Publish(order);
    }
}
