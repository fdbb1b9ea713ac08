// Quiet twin of ParamsAndDefaultHelpers: the same params/default-value helpers run on a fresh copy of the backend
// before that copy is published; the published one is not passed to them again.
using System;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.ParamsAndDefaultHelpersQuiet;

public sealed class Backend
{
    public string Host { get; set; } = "";
    public bool Draining { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset LastSeen { get; set; }
}

public static class BackendOps
{
    public static void Drain(string reason = "maintenance", params Backend[] backends)
    {
        foreach (var backend in backends)
        {
            backend.Draining = true;
            backend.Reason = reason;
        }
    }

    public static void MarkSeen(Backend backend, DateTimeOffset? at = null) => backend.LastSeen = at ?? DateTimeOffset.UtcNow;
}

public sealed class BackendPublisher
{
    private readonly Slot<Backend> _slot;

    public BackendPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<Backend>();

    public void Deploy(Backend primary, Backend spare)
    {
        _slot.Publish(primary);
        var draining = new Backend { Host = primary.Host };
        BackendOps.Drain("deploy", draining, spare);
        BackendOps.MarkSeen(draining);
        _slot.Publish(draining);
    }
}
