// WEFT0005: a helper returns an already-configured awaitable (`ConfiguredTaskAwaitable` from ConfigureAwait(false));
// awaiting the helper's result leaves the loop just as an inline ConfigureAwait(false) would.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using System.Runtime.CompilerServices;
using Weft;
using Weft.Threading;

namespace Corpus5b.HelperReturnsConfiguredAwaitable;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Pauses
{
    private static ConfiguredTaskAwaitable Briefly() => Task.Delay(5).ConfigureAwait(false);

    public static async Task<int> CountAsync()
    {
        await Briefly();
        return RouteTable.Current.Routes.Length; // expect: WEFT0005
    }
}
