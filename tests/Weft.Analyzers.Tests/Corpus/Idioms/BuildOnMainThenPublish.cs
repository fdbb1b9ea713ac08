// The build-then-publish idiom done wrong: the snapshot keeps the builder's dictionary, which is then cleared.
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
    public Dictionary<string, Upstream> ByHost { get; init; } = new(); // expect: WEFT0001
}

public sealed class ClusterManager(WorkerPool pool)
{
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

        await ClusterTable.PublishAsync(pool, new ClusterTable { Upstreams = builder.ToImmutable(), ByHost = byHost });
        builder.Clear();
        byHost.Clear(); // expect: WEFT0002
    }
}
