// Quiet twin of GenericStaticClassList: the generic static class holds a ConcurrentQueue instead.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.GenericStaticClassListQuiet;

public static class Registry<T>
{
    public static readonly ConcurrentQueue<string> Items = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    [WorkerUpdate]
    private void Register(string host) => Registry<HostCache>.Items.Enqueue(host);
}
