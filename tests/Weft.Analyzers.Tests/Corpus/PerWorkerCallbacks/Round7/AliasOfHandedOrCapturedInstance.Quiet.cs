// WEFT0008: clearing a map through a local alias inside an update. The alias is of the handed instance's map
// (`c.Map`): the worker's own state: quiet.
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

namespace Corpus7b.AliasOfHandedOrCapturedInstanceQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public int Count;
    public int Limit;
    public string Name = "";
    public Dictionary<string, int> Map { get; } = new();
}

public static class Purge
{
    public static Task RunAsync(WorkerPool pool)
    {
        var template = new Cache();
        return Cache.UpdateAllAsync(pool, c => { var m = c.Map; m.Clear(); c.Count = template.Count; });
    }
}
