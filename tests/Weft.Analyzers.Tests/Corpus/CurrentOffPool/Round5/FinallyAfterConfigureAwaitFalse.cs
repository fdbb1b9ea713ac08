// WEFT0005: the try block awaits with ConfigureAwait(false); the finally block (run after it on the normal path) reads
// Current off the loop.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.FinallyAfterConfigureAwaitFalse;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Upload
{
    public static async Task SendAsync(Stream body, Stream destination)
    {
        try
        {
            await body.CopyToAsync(destination).ConfigureAwait(false);
        }
        finally
        {
            Console.WriteLine($"sent with {RouteTable.Current.Routes.Length} routes"); // expect: WEFT0005
        }
    }
}
