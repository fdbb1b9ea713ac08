// Game replication: when a peer disconnects, main removes it from every worker's peer list and wants to know whether
// any worker still had it. The update sets a captured bool from every worker. Twin: Interlocked.Exchange on an int.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.ReplicationPeerDropFlag;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PeerList
{
    private readonly Dictionary<string, long> _lastAck = new();

    public void Ack(string peer, long tick) => _lastAck[peer] = tick;

    public bool Drop(string peer) => _lastAck.Remove(peer);
}

public sealed class PeerDirectory
{
    public async Task<bool> DisconnectAsync(WorkerPool pool, string peerId)
    {
        bool found = false;
        await PeerList.UpdateAllAsync(pool, peers =>
        {
            if (peers.Drop(peerId)) found = true; // expect: WEFT0008
        });
        return found;
    }
}

public static class PeerIds
{
    public static bool IsValid(string peer) => peer.Length == 16 && System.Linq.Enumerable.All(peer, char.IsAsciiHexDigit);

    public static string Short(string peer) => peer.Length <= 6 ? peer : peer[..6];

    public static long Lag(long serverTick, long ackTick) => serverTick > ackTick ? serverTick - ackTick : 0;
}
