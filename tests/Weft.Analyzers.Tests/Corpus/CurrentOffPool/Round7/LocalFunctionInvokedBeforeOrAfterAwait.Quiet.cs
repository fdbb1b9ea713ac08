// WEFT0005, order by flow with a local function that reads Current. It is invoked before the
// `ConfigureAwait(false)` await, on the worker: quiet (where a local function is declared does not say where it runs).
//
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

namespace Corpus7b.LocalFunctionInvokedBeforeOrAfterAwaitQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Sample
{
    public static async Task<int> RunAsync()
    {
        int Version() => RouteTable.Current.Version;
        var v = Version();
        await Task.Delay(1).ConfigureAwait(false);
        return v;
    }
}
