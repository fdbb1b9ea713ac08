// Chat broker: the room index snapshot is published with the generated callback form; when every thread switched,
// the completion (on main) clears the staging list to reuse it — the list the published index holds (WEFT0001 on the
// member: a snapshot type holding a List). A completion runs after the publish, while workers read. Twin: the index
// holds a copy of the staging list.
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
        if (!_staging.Contains(room)) _staging.Add(room); // expect: WEFT0002
    }

    public void Commit(Action<long> committed)
    {
        List<string> rooms = _staging;
        var index = new RoomIndex { Rooms = rooms, Version = ++_version };
        RoomIndex.Publish(_pool, index, () =>
        {
            rooms.Clear(); // expect: WEFT0002
            committed(index.Version);
        });
    }
}
