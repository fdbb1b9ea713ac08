// The standard idioms: builders turned immutable before publish, init setters, `with`, frozen dictionaries.
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.BuildThenPublish;

public sealed record Upstream(string Host, int Port, int Weight);

[ThreadLocalSlot]
public sealed partial record ClusterTable
{
    public ImmutableArray<Upstream> Upstreams { get; init; }
    public FrozenDictionary<string, Upstream> ByHost { get; init; } = FrozenDictionary<string, Upstream>.Empty;
    public long Version { get; init; }
}

public sealed class ClusterManager(WorkerPool pool)
{
    private ClusterTable _last = new() { Upstreams = ImmutableArray<Upstream>.Empty };

    public async Task ApplyAsync(IEnumerable<(string Host, int Port)> config)
    {
        var builder = ImmutableArray.CreateBuilder<Upstream>();
        var byHost = new Dictionary<string, Upstream>();
        foreach (var (host, port) in config)
        {
            var upstream = new Upstream(host, port, 1);
            builder.Add(upstream);
            byHost[host] = upstream;
        }

        var table = new ClusterTable { Upstreams = builder.ToImmutable(), ByHost = byHost.ToFrozenDictionary(), Version = _last.Version + 1 };
        await ClusterTable.PublishAsync(pool, table);
        _last = table;
        builder.Clear();
        byHost.Clear();
    }

    public async Task BumpAsync()
    {
        var next = _last with { Version = _last.Version + 1 };
        await ClusterTable.PublishAsync(pool, next);
        _last = next;
    }
}
