// A sharded key-value proxy: the shard map (sorted hash ranges and their owners) is published to every worker as an
// array of structs (WEFT0001 on the member, in both twins). A worker locates a key's range with a helper that returns
// a `ref` into the array (to avoid copying the struct) and then counts the hit on the range it got: the ref is the
// snapshot's element, so the increment writes the snapshot (WEFT0003, through a ref return and a ref local). The quiet
// twin takes the range as `ref readonly` and counts hits in the worker's own array, by the range's index.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Views.R14.ShardMapDefect;

public struct ShardRange
{
    public uint Start;
    public uint End;
    public int Owner;
    public long Hits;
}

[ThreadLocalSlot]
public sealed partial class ShardMap
{
    public required ShardRange[] Ranges { get; init; } // expect: WEFT0001
    public int Epoch { get; init; }
}

public static class ShardLookup
{
    public static ref ShardRange Locate(ShardRange[] ranges, uint hash, out int index)
    {
        int lo = 0;
        int hi = ranges.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (ranges[mid].End < hash)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        index = lo;
        return ref ranges[lo];
    }

    public static uint Hash(string key)
    {
        uint h = 2166136261;
        foreach (char c in key)
        {
            h = (h ^ c) * 16777619;
        }

        return h;
    }
}

public sealed class ShardRouter
{
    private long[] _hitsByRange = Array.Empty<long>();
    private int _epoch = -1;

    public int OwnerOf(string key)
    {
        var map = ShardMap.Current;
        if (map.Epoch != _epoch)
        {
            _hitsByRange = new long[map.Ranges.Length];
            _epoch = map.Epoch;
        }

        ref var range = ref ShardLookup.Locate(map.Ranges, ShardLookup.Hash(key), out int index);
        range.Hits++; // expect: WEFT0003
        _hitsByRange[index]++;
        return range.Owner;
    }

    public IReadOnlyList<long> HitsByRange => _hitsByRange;
}

public static class ShardMapLoader
{
    public static Task PublishAsync(WorkerPool pool, IReadOnlyList<(uint Start, uint End, int Owner)> ranges, int epoch)
    {
        var array = new ShardRange[ranges.Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = new ShardRange { Start = ranges[i].Start, End = ranges[i].End, Owner = ranges[i].Owner };
        }

        return ShardMap.PublishAsync(pool, new ShardMap { Ranges = array, Epoch = epoch });
    }
}
