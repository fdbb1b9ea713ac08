// Quiet twin of SequenceOverKeptArray: over an ImmutableArray<byte>'s memory (unshared view), quiet.
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

public static class SequenceOverKeptArray
{
    public static Task Run(WorkerPool pool, byte[] pem)
    {
        ImmutableArray<byte> frozen = pem.ToImmutableArray();
        return CertCache.LoadSequenceOnAllWorkersAsync(pool, new System.Buffers.ReadOnlySequence<byte>(frozen.AsMemory()));
    }
}
