// Quiet twin of FuncPublishAsyncGroup: a new list is built for the next version instead of clearing.
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
        routes = new List<string>();
        routes.Add("/b");
        await publish(routes);
    }
}
