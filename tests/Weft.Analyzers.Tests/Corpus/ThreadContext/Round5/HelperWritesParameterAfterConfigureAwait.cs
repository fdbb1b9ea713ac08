// WEFT0004: the worker hands its dictionary to an async helper that awaits with ConfigureAwait(false) and then writes its
// parameter (issue 10: worker state handed through a call). Reading: reported at the call that hands the state over or
// at the write in the helper (#escape).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.HelperWritesParameterAfterConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Fill
{
    private static async Task FillAsync(Dictionary<string, int> target, Func<Task<int>> load)
    {
        int value = await load().ConfigureAwait(false);
        target["loaded"] = value; // expect: WEFT0004 #escape
    }

    public static Task Run(Func<Task<int>> load) => FillAsync(HostCache.Current.ByHost, load); // expect: WEFT0004 #escape
}
