// Twin: the local function is called on the worker; Task.Run gets the number.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.StaticLocalFunctionMethodGroupQuiet;

[ThreadLocalSlot]
public sealed partial class RoutingTable
{
    public long Version { get; init; }
    public ImmutableArray<string> Prefixes { get; init; }
}

public static class Reporter
{
    public static Task<long> VersionAsync()
    {
        long version = ReadVersion();
        return Task.Run(() => version + 1);

        static long ReadVersion() => RoutingTable.Current.Version;
    }
}
