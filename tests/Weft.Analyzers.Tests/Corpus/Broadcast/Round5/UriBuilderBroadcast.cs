// WEFT0007: a UriBuilder (settable Host, Port, Path) is broadcast; the caller keeps changing it for the next target.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus5b.UriBuilderBroadcast;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Upstream
{
    private string _target = "";

    [WorkerUpdate]
    private void Point(UriBuilder target) => _target = target.ToString();
}

public static class Admin
{
    public static Task Move(WorkerPool pool, string host, int port)
    {
        var target = new UriBuilder("http", host, port);
        return Upstream.PointOnAllWorkersAsync(pool, target); // expect: WEFT0007
    }
}
