// WEFT0005: a helper that uses ConfigureAwait(false) inside, awaited by worker code that then reads Current.
// The caller's own await is plain: it resumes on the worker: quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.AwaitedHelperWithInnerConfigureAwaitThenReadQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Fetch
{
    private static async Task<int> DownloadAsync()
    {
        await Task.Delay(1).ConfigureAwait(false);
        return 42;
    }

    public static async Task<int> RunAsync()
    {
        var size = await DownloadAsync();
        return size + RouteTable.Current.Version;
    }
}
