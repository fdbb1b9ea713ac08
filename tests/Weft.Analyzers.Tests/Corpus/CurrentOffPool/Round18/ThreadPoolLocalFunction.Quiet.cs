// Quiet twin of ThreadPoolLocalFunction: the local function is called on the loop; the pool gets the value.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxBatch { get; init; }
}

public static class ThreadPoolLocalFunction
{
    public static int Seen;

    public static void Run()
    {
        int max = ReadMax();
        ThreadPool.QueueUserWorkItem(_ => Volatile.Write(ref Seen, max));

        static int ReadMax() => Limits.Current.MaxBatch;
    }
}
