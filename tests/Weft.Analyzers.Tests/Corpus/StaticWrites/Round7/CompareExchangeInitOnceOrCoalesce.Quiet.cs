// WEFT0006: a static set once from worker code. `Interlocked.CompareExchange(ref s_config, fresh, null)`: atomic,
// first writer wins: quiet.
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

namespace Corpus7b.CompareExchangeInitOnceOrCoalesceQuiet;

public sealed class Settings(string name)
{
    public string Name { get; } = name;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Consumer
{
    private static Settings? s_config;
    public string Using = "";

    [WorkerUpdate]
    void Ensure(string name)
    {
        var fresh = new Settings(name);
        Interlocked.CompareExchange(ref s_config, fresh, null);
        Using = Volatile.Read(ref s_config)!.Name;
    }
}
