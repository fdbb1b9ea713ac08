// Per-worker buffer pools chosen by profile name from a table of prebuilt pools. Defect: the factory looks the
// profile up in a captured dictionary of pool instances and returns the instance it finds, so every worker gets
// the same pool (WEFT0008: a factory returning a captured instance, through an indexer).
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.BufferPoolTemplateLookup;

public sealed record PoolSettings(int BufferSize, int MaxRetained);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SegmentPool
{
    private readonly Stack<byte[]> _free = new();

    public SegmentPool(PoolSettings settings) => Settings = settings;

    public PoolSettings Settings { get; }

    public byte[] Rent() => _free.Count > 0 ? _free.Pop() : new byte[Settings.BufferSize];

    public void Return(byte[] segment)
    {
        if (_free.Count < Settings.MaxRetained) _free.Push(segment);
    }
}

public static class PoolProfiles
{
    public static Task InstallAsync(WorkerPool pool, string profile)
    {
        var pools = new Dictionary<string, SegmentPool>(StringComparer.OrdinalIgnoreCase)
        {
            ["small"] = new SegmentPool(new PoolSettings(4096, 256)),
            ["large"] = new SegmentPool(new PoolSettings(65536, 16)),
        };
        return SegmentPool.InitializeAsync(pool, _ => pools[profile]); // expect: WEFT0008
    }
}
