// WEFT0002: `slot.PublishAsync` taken as a method group into a `Func<T, Task>` and invoked publishes; the Clear after
// the awaited call writes the published list.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class FuncPublishAsyncGroup
{
    public static async Task Run(Slot<List<string>> slot)
    {
        Func<List<string>, Task> publish = slot.PublishAsync;
        var routes = new List<string> { "/a" };
        await publish(routes);
        routes.Clear(); // expect: WEFT0002
    }
}
