// WEFT0004: saving the worker's keys on a pool thread. `Keys.ToArray()` copies them on the worker: quiet.
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

namespace Corpus7b.KeysArrayOrKeysViewQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Cache
{
    public Dictionary<string, int> Map { get; } = new();
    public int Hits;
}

public static class KeySaver
{
    public static Task SaveAsync()
    {
        var keys = Cache.Current.Map.Keys.ToArray();
        return Task.Run(() => Save(keys));
    }

    private static void Save(IEnumerable<string> keys) => Console.WriteLine(string.Join(",", keys));
}
