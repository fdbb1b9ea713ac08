// WEFT0005: an `if` branch awaits with ConfigureAwait(false) and falls through to a read of Current after the if.
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

namespace Corpus5b.BranchConfigureAwaitFallsThrough;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Warm
{
    public static async Task<int> CountAsync(Task? warmup)
    {
        if (warmup is not null)
        {
            await warmup.ConfigureAwait(false);
        }

        return RouteTable.Current.Routes.Length; // expect: WEFT0005
    }
}
