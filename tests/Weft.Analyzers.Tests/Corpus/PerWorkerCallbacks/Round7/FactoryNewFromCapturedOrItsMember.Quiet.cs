// WEFT0008: a per-worker factory and a captured template. It builds a new instance from the template's immutable
// values: quiet.
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

namespace Corpus7b.FactoryNewFromCapturedOrItsMemberQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Pool
{
    public Pool(int size) => Size = size;
    public int Size { get; }
    public List<string> Idle { get; } = new();
}

public sealed class Template
{
    public int Size { get; init; } = 8;
    public Pool Spare { get; } = new(8);
}

public static class Pools
{
    public static void Install(WorkerPool pool, Template template) =>
        Pool.Initialize(pool, _ => new Pool(template.Size));
}
