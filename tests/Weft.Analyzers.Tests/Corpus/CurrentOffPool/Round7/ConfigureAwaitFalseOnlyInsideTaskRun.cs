// WEFT0005: ConfigureAwait(false) inside an async lambda given to Task.Run, then Current read after awaiting that Task.
// The outer await is ConfigureAwait(false) too: the read after it may be off the loop.
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

namespace Corpus7b.ConfigureAwaitFalseOnlyInsideTaskRun;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Nested
{
    public static async Task<int> RunAsync()
    {
        await Task.Run(async () => { await Task.Delay(1).ConfigureAwait(false); Work(); }).ConfigureAwait(false);
        return RouteTable.Current.Version; // expect: WEFT0005
    }

    private static void Work() { }
}
