// Quiet twin of ImplicitArrayToArrayCopy: `pem.ToArray()` (an array made for the call, the page's own copy) converted
// implicitly. Reading taken: the implicit byte[] -> ReadOnlyMemory<byte> conversion is the same view as the page's
// `new ReadOnlyMemory<byte>(pem.ToArray())`.
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

public static class ImplicitArrayToArrayCopy
{
    public static Task Run(WorkerPool pool, byte[] pem) =>
        CertCache.LoadOnAllWorkersAsync(pool, pem.ToArray());
}
