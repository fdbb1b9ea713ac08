// WEFT0006: a RunOnAllThreads callback calls a static local function that increments a static field. Reading: the write
// is worker code because the callback calls it; reported at the write or at the call (#escape).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.LocalFunctionCalledPerThread;

public static class Sizes
{
    private static long s_totalEntries;

    public static void Measure(Slot<List<string>> slot)
    {
        slot.RunOnAllThreads(list => Count(list.Count)); // expect: WEFT0006 #escape

        static void Count(int n) => s_totalEntries += n; // expect: WEFT0006 #escape
    }
}
