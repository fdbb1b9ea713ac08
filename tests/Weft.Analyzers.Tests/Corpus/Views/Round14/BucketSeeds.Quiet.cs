// Quiet twin of BucketSeeds: the seed is read through a `ref readonly` and the tokens are spent on a copy that goes
// into the worker's own dictionary; the snapshot's entry is never written. The seeds dictionary keeps its WEFT0001.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Views.R14.BucketSeedsQuiet;

public struct BucketSeed
{
    public int Tokens;
    public int RefillPerSecond;
    public long StampTicks;
}

[ThreadLocalSlot]
public sealed partial class BucketSeeds
{
    public required Dictionary<string, BucketSeed> Seeds { get; init; } // expect: WEFT0001
    public int DefaultTokens { get; init; } = 10;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TenantBuckets
{
    private readonly Dictionary<string, BucketSeed> _buckets = new(StringComparer.Ordinal);
    private long _rejections;

    public long Rejections => _rejections;

    public bool TryAcquire(string tenant, int cost, long nowTicks)
    {
        ref var bucket = ref CollectionsMarshal.GetValueRefOrNullRef(_buckets, tenant);
        if (!Unsafe.IsNullRef(ref bucket))
        {
            Refill(ref bucket, nowTicks);
            return Spend(ref bucket, cost);
        }

        var table = BucketSeeds.Current;
        ref readonly var seed = ref CollectionsMarshal.GetValueRefOrNullRef(table.Seeds, tenant);
        if (Unsafe.IsNullRef(in seed))
        {
            var fresh = new BucketSeed { Tokens = table.DefaultTokens, RefillPerSecond = table.DefaultTokens, StampTicks = nowTicks };
            bool ok = Spend(ref fresh, cost);
            _buckets[tenant] = fresh;
            return ok;
        }

        var started = seed;
        started.Tokens -= cost;
        started.StampTicks = nowTicks;
        _buckets[tenant] = started;
        return started.Tokens >= 0;
    }

    private bool Spend(ref BucketSeed bucket, int cost)
    {
        if (bucket.Tokens < cost)
        {
            _rejections++;
            return false;
        }

        bucket.Tokens -= cost;
        return true;
    }

    private static void Refill(ref BucketSeed bucket, long nowTicks)
    {
        long seconds = (nowTicks - bucket.StampTicks) / TimeSpan.TicksPerSecond;
        if (seconds > 0)
        {
            bucket.Tokens = (int)Math.Min(int.MaxValue, bucket.Tokens + seconds * bucket.RefillPerSecond);
            bucket.StampTicks = nowTicks;
        }
    }
}

public static class BucketSeedLoader
{
    public static Task PublishAsync(WorkerPool pool, IReadOnlyDictionary<string, int> perTenant) =>
        BucketSeeds.PublishAsync(pool, new BucketSeeds
        {
            Seeds = new Dictionary<string, BucketSeed>(perTenant.Count, StringComparer.Ordinal),
        });
}
