// Twin: immutable members, and the count read on the worker.
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Messages.R8.MutableTypeNamedQuiet;

[ThreadLocalSlot]
public sealed partial class PoolSettings
{
    public readonly FrozenDictionary<string, int> MaxPerHost = FrozenDictionary<string, int>.Empty;
    public ImmutableArray<string> Hosts { get; init; } = ImmutableArray<string>.Empty;
}

public static class Probe
{
    public static Task<int> CountAsync()
    {
        int count = PoolSettings.Current.Hosts.Length;
        return Task.Run(() => count);
    }
}
