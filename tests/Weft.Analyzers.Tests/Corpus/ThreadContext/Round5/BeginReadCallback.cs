// WEFT0004: the APM callback of `Stream.BeginRead` (an AsyncCallback) runs on an I/O or pool thread and writes the
// worker's dictionary. Reading: a BCL callback run on another thread, like the page's table entries; it is not named
// there.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.BeginReadCallback;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Legacy
{
    public static IAsyncResult Read(Stream stream, byte[] buffer)
    {
        var cache = HostCache.Current;
        return stream.BeginRead(buffer, 0, buffer.Length, result => cache.ByHost["read"] = stream.EndRead(result), null); // expect: WEFT0004
    }
}
