using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Immutability.R16.PluginCatalog;

[ThreadLocalSlot]
public sealed partial class Catalog
{
    public ImmutableArray<PluginInfo> Plugins { get; init; } = []; // expect: WEFT0001 "Enabled"
    // Delegates are accepted: a handler object cannot change once made.
    public ImmutableDictionary<string, Func<string, string>> Handlers { get; init; } =
        ImmutableDictionary<string, Func<string, string>>.Empty;
}

public static class CatalogLoader
{
    public static Task LoadAsync(WorkerPool pool, ImmutableArray<PluginInfo> plugins) =>
        Catalog.PublishAsync(pool, new Catalog
        {
            Plugins = plugins,
            Handlers = ImmutableDictionary<string, Func<string, string>>.Empty.Add("echo", static body => body),
        });
}
