// WEFT0007: `new ReadOnlyMemory<byte>(pem)` over the kept array is reported. (Twin of MemoryOverKeptArray with the
// explicit constructor the page uses: its quiet form `new ReadOnlyMemory<byte>(pem[16..])` is the page's own example.)
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private readonly HashSet<string> _hosts = new();

    [WorkerUpdate]
    public void AddHosts(IReadOnlyList<string> hosts)
    {
        foreach (var h in hosts) _hosts.Add(h);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class CertCache
{
    private int _bytes;

    [WorkerUpdate]
    public void Load(ReadOnlyMemory<byte> pem) => _bytes += pem.Length;

    [WorkerUpdate]
    public void LoadSequence(System.Buffers.ReadOnlySequence<byte> pem) => _bytes += (int)pem.Length;
}

public static class MemoryCtorOverRange
{
    public static Task Run(WorkerPool pool, byte[] pem) =>
        CertCache.LoadOnAllWorkersAsync(pool, new ReadOnlyMemory<byte>(pem)); // expect: WEFT0007
}
