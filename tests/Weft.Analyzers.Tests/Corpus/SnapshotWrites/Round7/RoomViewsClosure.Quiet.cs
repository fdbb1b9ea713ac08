// Quiet twin of RoomViewsClosure: the closure bumps the worker's own counter.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.RoomViewsClosure;

public sealed class RoomInfo
{
    public required string Name { get; init; }
    public long Views { get; set; }
}

[ThreadLocalSlot]
public sealed partial class RoomDirectory
{
    public ImmutableArray<RoomInfo> Rooms { get; init; } // expect: WEFT0001
}

public sealed class RoomOpenHandler
{
    private readonly Dictionary<string, long> _views = new();

    public Action? Open(string name)
    {
        foreach (RoomInfo info in RoomDirectory.Current.Rooms)
        {
            if (info.Name != name) continue;
            Action bump = () => _views[info.Name] = _views.GetValueOrDefault(info.Name) + 1;
            return bump;
        }

        return null;
    }

    public long ViewsOf(string name) => _views.GetValueOrDefault(name);
}
