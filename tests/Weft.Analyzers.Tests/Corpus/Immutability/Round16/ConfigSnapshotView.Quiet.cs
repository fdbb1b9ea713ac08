// A config snapshot with reload: the settings are held as an ImmutableDictionary, so no reloader can change what
// workers read (quiet twin of ConfigSnapshotView).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Immutability.R16.ConfigSnapshotView;

[ThreadLocalSlot]
public sealed partial class ServiceConfig
{
    public int Generation { get; init; }
    public ImmutableDictionary<string, string> Settings { get; init; } = ImmutableDictionary<string, string>.Empty;
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
