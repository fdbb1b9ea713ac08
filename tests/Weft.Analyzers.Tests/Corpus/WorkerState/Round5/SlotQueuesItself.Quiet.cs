// Quiet twin of SlotQueuesItself: the slot type queues a separate work item that carries only its entry count.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.SlotQueuesItselfQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public void Add(string host) => _byHost[host] = host.Length;

    public void ClearInBackground() => ThreadPool.UnsafeQueueUserWorkItem(new CountReport(_byHost.Count), preferLocal: false);
}

public sealed class CountReport(int entries) : IThreadPoolWorkItem
{
    public void Execute() => Console.WriteLine(entries);
}
