// WEFT0002: a local function capturing the list and adding to it, called after the publish. Reading taken: the page
// does not say whether a captured write is reported at the call or in the body, so either line counts (#escape).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

public static class LocalFunctionFill
{
    public static void Run(WorkerPool pool)
    {
        Slot<List<string>> slot = pool.AllocateSlot<List<string>>();
        var hosts = new List<string>();
        slot.Publish(hosts);
        Fill(); // expect: WEFT0002 #escape

        void Fill() => hosts.Add("h1"); // expect: WEFT0002 #escape
    }
}
