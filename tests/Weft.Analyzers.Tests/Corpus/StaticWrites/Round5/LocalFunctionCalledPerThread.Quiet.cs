// Quiet twin of LocalFunctionCalledPerThread: the local function adds with Interlocked.Add.
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

namespace Corpus5b.LocalFunctionCalledPerThreadQuiet;

public static class Sizes
{
    private static long s_totalEntries;

    public static void Measure(Slot<List<string>> slot)
    {
        slot.RunOnAllThreads(list => Count(list.Count));

        static void Count(int n) => Interlocked.Add(ref s_totalEntries, n);
    }
}
