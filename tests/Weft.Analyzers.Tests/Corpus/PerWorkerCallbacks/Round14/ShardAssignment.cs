// A sharded cache server gives each worker its own shard cache: the factory handed to the generated Initialize picks
// the next shard for each worker with a captured counter. The factory runs once on every worker, concurrently, so the
// `next++` on the captured local races and two workers may take the same shard (WEFT0008: a per-worker factory that
// increments a captured local). The quiet twin takes the shard with Interlocked.Increment.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.PerWorkerCallbacks.R14.ShardAssignmentDefect;

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
            int shard = next++ % shardCount; // expect: WEFT0008
            Console.WriteLine($"{dispatcher.Name} owns shard {shard}");
            return new ShardCache(shard, shardCount);
        });

        return pool;
    }
}
