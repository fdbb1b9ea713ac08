// Quiet twin of RoomIndexCompletionClear: the published index holds its own copy; the staging list is main's.
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.RoomIndexCompletionClear;

[ThreadLocalSlot]
public sealed partial class RoomIndex
{
    public List<string> Rooms { get; init; } = new(); // expect: WEFT0001
    public long Version { get; init; }
}

public sealed class RoomIndexPublisher
{
    private readonly WorkerPool _pool;
    private readonly List<string> _staging = new();
    private long _version;

    public RoomIndexPublisher(WorkerPool pool) => _pool = pool;

    public void Stage(string room)
    {
        if (!_staging.Contains(room)) _staging.Add(room);
    }

    public void Commit(Action<long> committed)
    {
        List<string> rooms = new List<string>(_staging);
        var index = new RoomIndex { Rooms = rooms, Version = ++_version };
        RoomIndex.Publish(_pool, index, () =>
        {
            _staging.Clear();
            committed(index.Version);
        });
    }
}
