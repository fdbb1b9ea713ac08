// WEFT0005: after `ConfigureAwait(false)` the method may be off the loop; the read of Current is inside a lambda.
// The lambda goes to Task.Run.
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

namespace Corpus7b.InvokeAsyncOnHomeAfterConfigureAwait;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Hop
{
    public static async Task<int> RunAsync()
    {
        var home = Dispatcher.Current!;
        await Task.Delay(1).ConfigureAwait(false);
        return await Task.Run(() => RouteTable.Current.Version); // expect: WEFT0005
    }
}
