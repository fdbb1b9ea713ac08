// The page's "right" version: the `with` copy gets a new immutable list.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SnapshotWrites.WithCopy;

[ThreadLocalSlot]
public sealed partial record RouteTable
{
    public int Version { get; init; }
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
}

public static class Edits
{
    public static Task AddHostAsync(WorkerPool pool)
    {
        var next = RouteTable.Current with { Version = RouteTable.Current.Version + 1, Hosts = RouteTable.Current.Hosts.Add("x") };
        return RouteTable.PublishAsync(pool, next);
    }
}
