// Quiet twin of HelperReturnsConfiguredAwaitable: the helper is an async method that uses ConfigureAwait(false) inside;
// the caller's own plain await of its Task resumes on the worker.
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

namespace Corpus5b.HelperReturnsConfiguredAwaitableQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Pauses
{
    private static async Task Briefly() => await Task.Delay(5).ConfigureAwait(false);

    public static async Task<int> CountAsync()
    {
        await Briefly();
        return RouteTable.Current.Routes.Length;
    }
}
