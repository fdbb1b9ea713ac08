// WEFT0004: a flusher keeps the worker's map in a field (set on the worker in Attach). Flush copies it into a local
// named like the field and hands the copy to Task.Run: quiet.
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

namespace Corpus7b.LocalCopyShadowsFieldQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public sealed class Flusher
{
    private Dictionary<string, int> map = new();

    public void Attach() => map = Cache.Current.Map;

    public Task FlushAsync()
    {
        var map = new Dictionary<string, int>(this.map);
        return Task.Run(() => Save(map));
    }

    private static void Save(Dictionary<string, int> m) => Console.WriteLine(m.Count);
}
