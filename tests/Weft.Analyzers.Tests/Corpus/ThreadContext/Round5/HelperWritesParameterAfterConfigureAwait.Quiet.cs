// Quiet twin of HelperWritesParameterAfterConfigureAwait: the helper writes its parameter before its
// ConfigureAwait(false) await (still on the caller's worker), and only returns the loaded value after it.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.HelperWritesParameterAfterConfigureAwaitQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Fill
{
    private static async Task<int> FillAsync(Dictionary<string, int> target, Func<Task<int>> load)
    {
        target["loading"] = 1;
        return await load().ConfigureAwait(false);
    }

    public static async Task Run(Func<Task<int>> load)
    {
        var byHost = HostCache.Current.ByHost;
        int value = await FillAsync(byHost, load);
        byHost["loaded"] = value;
    }
}
