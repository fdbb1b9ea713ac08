// Quiet twin of ShardAssignment: the factory takes the next shard with Interlocked.Increment on the captured
// counter, so each worker gets its own shard.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.PerWorkerCallbacks.R14.ShardAssignmentQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ShardCache
{
    private readonly Dictionary<string, string> _items = new(StringComparer.Ordinal);

    public ShardCache(int shard, int shardCount)
    {
        Shard = shard;
        ShardCount = shardCount;
    }

    public int Shard { get; }
    public int ShardCount { get; }

    public bool Owns(string key) => (uint)StringComparer.Ordinal.GetHashCode(key) % (uint)ShardCount == (uint)Shard;

    public string? Get(string key) => _items.GetValueOrDefault(key);

    public void Put(string key, string value)
    {
        if (Owns(key))
        {
            _items[key] = value;
        }
    }

    [WorkerUpdate]
    public void Evict(string key) => _items.Remove(key);
}

public static class ShardedCacheHost
{
    public static WorkerPool Start(int workers)
    {
        var pool = WorkerPool.Start(new WorkerPoolOptions());
        for (int i = 0; i < workers; i++)
        {
            pool.AddWorker();
        }

        int next = 0;
        int shardCount = workers;
        ShardCache.Initialize(pool, dispatcher =>
        {
            int shard = (Interlocked.Increment(ref next) - 1) % shardCount;
            Console.WriteLine($"{dispatcher.Name} owns shard {shard}");
            return new ShardCache(shard, shardCount);
        });

        return pool;
    }
}
