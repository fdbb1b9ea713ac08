// Twin: the table is read before the configured await.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.ValueTaskConfigureAwaitThenCurrentQuiet;

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
        var names = DnsTable.Current.Names;
        var key = await NormalizeAsync(host).ConfigureAwait(false);
        return names.GetValueOrDefault(key);
    }
}
