// Quiet twin of ReplicationPeerDropFlag: the flag is an int set with Interlocked.Exchange.
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
        int found = 0;
        await PeerList.UpdateAllAsync(pool, peers =>
        {
            if (peers.Drop(peerId)) Interlocked.Exchange(ref found, 1);
        });
        return Volatile.Read(ref found) == 1;
    }
}

public static class PeerIds
{
    public static bool IsValid(string peer) => peer.Length == 16 && System.Linq.Enumerable.All(peer, char.IsAsciiHexDigit);

    public static string Short(string peer) => peer.Length <= 6 ? peer : peer[..6];

    public static long Lag(long serverTick, long ackTick) => serverTick > ackTick ? serverTick - ackTick : 0;
}
