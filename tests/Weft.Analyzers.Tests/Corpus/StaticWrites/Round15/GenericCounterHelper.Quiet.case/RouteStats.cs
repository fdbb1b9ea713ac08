using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.GenericCounterHelperQuiet;

public enum RouteKind { Api, Static, Admin }

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouteStats
{
    private readonly Dictionary<RouteKind, long> _mine = [];

    [WorkerUpdate]
    public void Reclassify(string path)
    {
        var kind = path switch
        {
            ['/', 'a', 'p', 'i', ..] => RouteKind.Api,
            ['/', 'a', 'd', 'm', 'i', 'n', ..] => RouteKind.Admin,
            _ => RouteKind.Static,
        };
        _mine[kind] = _mine.GetValueOrDefault(kind) + 1;
        Counters<RouteKind>.Bump(kind);
    }
}
