// WEFT0005: `TryGetCurrent` inside a CancellationToken.UnsafeRegister callback, which runs on the cancelling thread
// (CancelAfter's timer thread). Reading: UnsafeRegister is Register without the ExecutionContext; same thread story.
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

namespace Corpus5b.UnsafeRegisterTryGetCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Deadline
{
    public static CancellationTokenSource Arm()
    {
        var cts = new CancellationTokenSource();
        cts.CancelAfter(TimeSpan.FromMilliseconds(500));
        cts.Token.UnsafeRegister(_ =>
        {
            if (RouteTable.TryGetCurrent(out RouteTable? table)) // expect: WEFT0005
            {
                Console.WriteLine(table.Routes.Length);
            }
        }, null);
        return cts;
    }
}
