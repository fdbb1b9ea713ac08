// WEFT0004: a local function over the worker's cache, handed over as a method group. Given to Task.Run. Reading: reported at the Task.Run or in the local function (#escape).
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.LocalFunctionPostedOrTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class Trim
{
    public static void Run()
    {
        var cache = Cache.Current;
        void Clear() => cache.Map.Clear(); // expect: WEFT0004 #escape
        _ = Task.Run(Clear); // expect: WEFT0004 #escape
    }
}
