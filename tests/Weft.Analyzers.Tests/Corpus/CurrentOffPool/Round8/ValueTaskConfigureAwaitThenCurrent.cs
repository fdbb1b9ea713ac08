// WEFT0005: ValueTask<T>.ConfigureAwait(false), then Current.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.ValueTaskConfigureAwaitThenCurrent;

[ThreadLocalSlot]
public sealed partial class DnsTable
{
    public ImmutableDictionary<string, string> Names { get; init; } = ImmutableDictionary<string, string>.Empty;
}

public static class Lookup
{
    private static ValueTask<string> NormalizeAsync(string host) => new(host.ToLowerInvariant());

    public static async ValueTask<string?> ResolveAsync(string host)
    {
        var key = await NormalizeAsync(host).ConfigureAwait(false);
        return DnsTable.Current.Names.GetValueOrDefault(key); // expect: WEFT0005
    }
}
