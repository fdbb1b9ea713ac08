// WEFT0005: a local function reading `Current`, called from a `ThreadPool.QueueUserWorkItem` lambda. The page: a
// method the callback calls is reported at that call, in the callback. Reading taken: a local function may also be
// reported at its read in the same file, so either line counts (#escape).
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
        ThreadPool.QueueUserWorkItem(_ => Seen = ReadMax()); // expect: WEFT0005 #escape

        static int ReadMax() => Limits.Current.MaxBatch; // expect: WEFT0005 #escape
    }
}
