// WEFT0004: worker state remembered in a static field, then read in Task.Run. The
// field is a plain static: it holds the worker's instance (the declaring type's bodies decide what it holds), and the
// Task.Run lambda hands its map to another thread. Reading: reported at the Task.Run.
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

namespace Corpus7b.ThreadStaticOrStaticHolder;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class Holder
{
    private static Cache? t_cache;

    public static void Remember() => t_cache = Cache.Current;

    public static Task FlushAsync() => Task.Run(() => { if (t_cache is { } c) Save(c.Map); }); // expect: WEFT0004

    private static void Save(Dictionary<string, int> map) => Console.WriteLine(map.Count);
}
