// A game server starts its pool and gives every worker a room index (per-worker slot type). Building an index loads
// the map catalogue, so the author builds one "seed" index up front, and the factory, a local function, reuses the
// seed for the first worker and builds the rest: every path but one returns a new object, the seed path returns the
// captured instance, which the first worker and main (which keeps using the seed for warm-up) then share (WEFT0008: a
// per-worker factory that returns a captured instance). The quiet twin clones the seed for that worker.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.R14.RoomIndexFactoryDefect;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RoomIndex
{
    private readonly Dictionary<string, List<Guid>> _roomsByMap;

    public RoomIndex(IEnumerable<string> maps)
    {
        _roomsByMap = maps.ToDictionary(m => m, _ => new List<Guid>(), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Maps => _roomsByMap.Keys;

    public RoomIndex Clone() => new(_roomsByMap.Keys);

    public void Add(string map, Guid room)
    {
        if (_roomsByMap.TryGetValue(map, out var rooms))
        {
            rooms.Add(room);
        }
    }

    public Guid? FirstOpen(string map) =>
        _roomsByMap.TryGetValue(map, out var rooms) && rooms.Count > 0 ? rooms[0] : null;
}

public static class GameServerStartup
{
    public static WorkerPool Start(IReadOnlyList<string> maps, int workers)
    {
        var pool = WorkerPool.Start();
        for (int i = 0; i < workers; i++)
        {
            pool.AddWorker();
        }

        var seed = new RoomIndex(maps);
        WarmUp(seed, maps);
        int built = 0;

        RoomIndex Build(Dispatcher worker)
        {
            if (Interlocked.Increment(ref built) == 1)
            {
                return seed; // expect: WEFT0008
            }

            return new RoomIndex(seed.Maps);
        }

        RoomIndex.Initialize(pool, Build);
        return pool;
    }

    private static void WarmUp(RoomIndex index, IReadOnlyList<string> maps)
    {
        foreach (var map in maps)
        {
            _ = index.FirstOpen(map);
        }
    }
}
