// WEFT0005: `Slot<T>.Get` (marked [RequiresLoopThread]) read in a `Parallel.For` body, as a method group helper
// would not be: here a lambda. The message names the member.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class SlotGetInParallel
{
    public static void Run(Slot<string> slot, string[] output)
    {
        Parallel.For(0, output.Length, i => output[i] = slot.Get()); // expect: WEFT0005 "Get"
    }
}
