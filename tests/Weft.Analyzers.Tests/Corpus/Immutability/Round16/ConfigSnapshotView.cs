// A config snapshot with reload: the settings are held as a read-only dictionary view, which the reloader's own
// Dictionary stays behind (WEFT0001: an IReadOnlyDictionary member is a view over a collection someone can change).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Immutability.R16.ConfigSnapshotView;

[ThreadLocalSlot]
public sealed partial class ServiceConfig
{
    public int Generation { get; init; }
    public IReadOnlyDictionary<string, string> Settings { get; init; } = ImmutableDictionary<string, string>.Empty; // expect: WEFT0001
    public ImmutableArray<string> Listeners { get; init; } = [];
}

public static class ConfigReloader
{
    public static Task ReloadAsync(WorkerPool pool, int generation, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var next = new ServiceConfig
        {
            Generation = generation,
            Settings = pairs.ToImmutableDictionary(),
            Listeners = ["0.0.0.0:8080"],
        };
        return ServiceConfig.PublishAsync(pool, next);
    }
}
