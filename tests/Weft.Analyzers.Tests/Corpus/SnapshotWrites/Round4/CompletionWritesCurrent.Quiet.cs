// Quiet twin of CompletionWritesCurrent: the completion callback reads Current on main and records the version in a
// list owned by the reloader (main-only state, written only from main callbacks).
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.CompletionWritesCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class Reloader
{
    private readonly List<string> _applied = new();

    public void Reload(WorkerPool pool, string version)
    {
        RouteTable.Publish(pool, new RouteTable(), () =>
        {
            _applied.Add(version + ":" + RouteTable.Current.Routes.Length);
        });
    }
}
