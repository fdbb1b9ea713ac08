// Quiet twin of RoomIndexFactory: the factory's first call returns a clone of the seed instead of the seed itself,
// so every worker gets its own index and main keeps the seed.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.PerWorkerCallbacks.R14.RoomIndexFactoryQuiet;

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
                return seed.Clone();
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
