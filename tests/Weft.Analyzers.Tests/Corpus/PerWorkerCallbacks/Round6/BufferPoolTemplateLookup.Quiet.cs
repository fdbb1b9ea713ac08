// Quiet twin of BufferPoolTemplateLookup: the table holds settings (records); the factory builds a pool from them.
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
        var settings = new Dictionary<string, PoolSettings>(StringComparer.OrdinalIgnoreCase)
        {
            ["small"] = new PoolSettings(4096, 256),
            ["large"] = new PoolSettings(65536, 16),
        };
        return SegmentPool.InitializeAsync(pool, _ => new SegmentPool(settings[profile]));
    }
}
