// LINQ over immutable elements, projecting new ones.
using System.Collections.Immutable;
using System.Linq;
using Weft;

namespace Corpus.Views.Linq;

public sealed record Backend(string Host, int Weight);

[ThreadLocalSlot]
public sealed partial class Pool
{
    public ImmutableArray<Backend> Backends { get; init; }
}

public static class Ejector
{
    public static ImmutableArray<Backend> WithoutHost(string host)
    {
        var backend = Pool.Current.Backends.First(b => b.Host == host);
        var ejected = backend with { Weight = 0 };
        return Pool.Current.Backends.Select(b => b.Host == host ? ejected : b).ToImmutableArray();
    }
}
