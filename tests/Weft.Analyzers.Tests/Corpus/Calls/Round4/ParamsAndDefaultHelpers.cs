// Helpers with a `params` array and with default parameter values write the backends they are given; they are called
// with a backend that was already published. WEFT0002: "a call of your method that writes it" is a write, so each
// call is reported where it is made (the helpers' bodies are fine on their own: they write their parameters).
using System;
using Weft;
using Weft.Slots;

namespace Corpus.Round4.ParamsAndDefaultHelpers;

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
        BackendOps.Drain("deploy", primary, spare); // expect: WEFT0002
        BackendOps.MarkSeen(primary); // expect: WEFT0002
        BackendOps.Drain(backends: [spare]);
    }
}
