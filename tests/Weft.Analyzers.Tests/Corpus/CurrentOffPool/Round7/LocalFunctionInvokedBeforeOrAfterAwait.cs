// WEFT0005, order by flow with a local function that reads Current. It is invoked after that await: the read runs off the loop. Reading: reported on the read or at the call
// (#escape).
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

namespace Corpus7b.LocalFunctionInvokedBeforeOrAfterAwait;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Sample
{
    public static async Task<int> RunAsync()
    {
        int Version() => RouteTable.Current.Version; // expect: WEFT0005 #escape
        await Task.Delay(1).ConfigureAwait(false);
        var v = Version(); // expect: WEFT0005 #escape
        return v;
    }
}
