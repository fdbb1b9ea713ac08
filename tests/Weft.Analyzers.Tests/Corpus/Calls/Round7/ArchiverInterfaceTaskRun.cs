// Game server replication: a worker hands its peer's ack history to an archiver through an interface; the production
// implementation queues the list to the thread pool. The worker keeps appending to that list. Reading taken: the
// docs do not say where a hand-over through an interface implementation is reported, so the worker's call and the
// implementation's Task.Run are #escape. Twin: the worker passes a copied array.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ArchiverInterfaceTaskRun;

public interface IAckArchiver
{
    void Archive(string peer, IReadOnlyList<long> acks);
}

public sealed class PoolArchiver : IAckArchiver
{
    private readonly List<Task> _inFlight = new();

    public void Archive(string peer, IReadOnlyList<long> acks) =>
        _inFlight.Add(Task.Run(() => Write(peer, acks))); // expect: WEFT0004 #escape

    private static long Write(string peer, IReadOnlyList<long> acks)
    {
        long last = 0;
        foreach (long a in acks) last = a;
        return last + peer.Length;
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PeerAcks
{
    public Dictionary<string, List<long>> ByPeer { get; } = new();
}

public sealed class AckRecorder
{
    private readonly IAckArchiver _archiver;

    public AckRecorder(IAckArchiver archiver) => _archiver = archiver;

    public void Roll(string peer)
    {
        if (!PeerAcks.Current.ByPeer.TryGetValue(peer, out List<long>? acks)) return;
        _archiver.Archive(peer, acks); // expect: WEFT0004 #escape
    }
}
