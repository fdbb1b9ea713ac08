// WEFT0005, order by flow: a loop whose body ends with `await … ConfigureAwait(false)`. Current is read at the top of the body: above the
// await in the text, but from the second iteration on it runs after ConfigureAwait(false) (the page's loop rule).
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

namespace Corpus7b.ReadBeforeLoopWithConfigureAwait;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Poller
{
    public static async Task PollAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            var routes = RouteTable.Current; // expect: WEFT0005
            Console.WriteLine(routes.Version + i);
            await Task.Delay(1).ConfigureAwait(false);
        }
    }
}
