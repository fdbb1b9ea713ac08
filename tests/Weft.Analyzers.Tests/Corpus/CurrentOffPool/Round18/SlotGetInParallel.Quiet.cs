// Quiet twin of SlotGetInParallel: read once on the loop, the value handed to the pool.
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
        string value = slot.Get();
        Parallel.For(0, output.Length, i => output[i] = value);
    }
}
