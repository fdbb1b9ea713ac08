// WEFT0002: `Random.Shuffle` of a published array (a BCL table writer) after the publish.
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
        slot.Publish(order);
        Random.Shared.Shuffle(order); // expect: WEFT0002
    }
}
