// Round 3. Idioms that must stay quiet: a snapshot built with an ImmutableArray builder and a FrozenDictionary on
// main, strings (immutable) concatenated from the snapshot on a worker, a `with` copy republished.
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Idioms.Round3.StringAndBuilderSnapshot;

[ThreadLocalSlot]
public sealed partial record Site
{
    public string Name { get; init; } = "";

    public ImmutableArray<string> Paths { get; init; }

    public FrozenDictionary<string, int> Limits { get; init; } = FrozenDictionary<string, int>.Empty;
}

public static class Deploy
{
    public static async Task RunAsync(WorkerPool pool, IEnumerable<string> paths)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            builder.Add(path.TrimEnd('/'));
        }

        var site = new Site
        {
            Name = "edge",
            Paths = builder.ToImmutable(),
            Limits = new Dictionary<string, int> { ["/api"] = 100 }.ToFrozenDictionary(),
        };
        await Site.PublishAsync(pool, site);
        builder.Add("/late");
        await Site.PublishAsync(pool, site with { Name = site.Name + "-2" });
    }

    public static string Describe()
    {
        var name = Site.Current.Name;
        name += "/" + Site.Current.Paths.Length;
        return name.ToUpperInvariant();
    }
}
