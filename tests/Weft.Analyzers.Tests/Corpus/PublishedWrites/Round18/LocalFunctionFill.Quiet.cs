// Quiet twin of LocalFunctionFill: the local function runs before the publish.
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
        Fill();
        slot.Publish(hosts);

        void Fill() => hosts.Add("h1");
    }
}
