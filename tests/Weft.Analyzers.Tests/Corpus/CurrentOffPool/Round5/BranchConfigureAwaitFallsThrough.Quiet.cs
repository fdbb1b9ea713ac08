// Quiet twin of BranchConfigureAwaitFallsThrough: the branch that awaits with ConfigureAwait(false) returns, so the read
// after the if is reached only on the path without that await (order by flow, not by text).
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

namespace Corpus5b.BranchConfigureAwaitFallsThroughQuiet;

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
            return -1;
        }

        return RouteTable.Current.Routes.Length;
    }
}
