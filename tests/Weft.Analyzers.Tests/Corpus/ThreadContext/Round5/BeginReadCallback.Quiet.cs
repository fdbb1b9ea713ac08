// Quiet twin of BeginReadCallback: the APM callback only completes a TaskCompletionSource; the worker awaits its task
// (plain await) and writes its dictionary on its own loop.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.BeginReadCallbackQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Legacy
{
    public static async Task Read(Stream stream, byte[] buffer)
    {
        var cache = HostCache.Current;
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        stream.BeginRead(buffer, 0, buffer.Length, result => done.TrySetResult(stream.EndRead(result)), null);
        cache.ByHost["read"] = await done.Task;
    }
}
