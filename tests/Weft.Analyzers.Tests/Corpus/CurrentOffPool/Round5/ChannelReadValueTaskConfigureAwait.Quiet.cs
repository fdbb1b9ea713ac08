// Quiet twin of ChannelReadValueTaskConfigureAwait: the ValueTask is awaited plainly.
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

namespace Corpus5b.ChannelReadValueTaskConfigureAwaitQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Consumer
{
    public static async Task<int> NextAsync(ChannelReader<string> reader, CancellationToken ct)
    {
        string host = await reader.ReadAsync(ct);
        return host.Length + RouteTable.Current.Routes.Length;
    }
}
