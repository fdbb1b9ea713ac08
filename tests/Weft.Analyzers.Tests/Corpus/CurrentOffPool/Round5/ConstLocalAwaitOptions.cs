// WEFT0005: the ConfigureAwaitOptions come from a `const` local without ContinueOnCapturedContext (a constant, so it
// leaves the loop per the page), then Current is read.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.ConstLocalAwaitOptions;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Pause
{
    public static async Task RunAsync(Task work)
    {
        const ConfigureAwaitOptions options = ConfigureAwaitOptions.SuppressThrowing;
        await work.ConfigureAwait(options);
        Console.WriteLine(RouteTable.Current.Routes.Length); // expect: WEFT0005
    }
}
