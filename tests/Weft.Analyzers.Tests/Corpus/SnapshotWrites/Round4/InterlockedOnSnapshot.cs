// Listener counters kept as fields of a SNAPSHOT slot type and bumped from every worker with Interlocked/Volatile.
// Reading taken: WEFT0003 flags "a write into data reached from a snapshot's Current"; an atomic write is still a
// write into the one shared instance (and the next publish silently drops the counts). design.md's quiet
// Interlocked/Volatile idiom is for state meant to be shared and changed, not for a published snapshot. The writable
// fields are WEFT0001.
using System.Threading;
using Weft;

namespace Corpus.Round4.InterlockedOnSnapshot;

[ThreadLocalSlot]
public sealed partial class ListenerStats
{
    public long Accepted; // expect: WEFT0001
    public long Rejected; // expect: WEFT0001
}

public static class AcceptLoop
{
    public static void OnAccept(bool admitted, long burst)
    {
        if (admitted)
        {
            Interlocked.Increment(ref ListenerStats.Current.Accepted); // expect: WEFT0003
        }
        else
        {
            Interlocked.Add(ref ListenerStats.Current.Rejected, burst); // expect: WEFT0003
        }

        Volatile.Write(ref ListenerStats.Current.Accepted, 0); // expect: WEFT0003
    }
}
