// WEFT0005: a static local function that reads Current, handed to Task.Run as a method group.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R8.StaticLocalFunctionMethodGroup;

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
        return Task.Run(ReadVersion);

        static long ReadVersion() => RoutingTable.Current.Version; // expect: WEFT0005
    }
}
