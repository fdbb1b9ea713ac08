// Quiet twin of InterlockedOnSnapshot: the same counters in a per-worker slot (each worker bumps its own instance;
// Interlocked is not even needed there, but is harmless), and a snapshot that is only read.
using System.Threading;
using Weft;

namespace Corpus.Round4.InterlockedOnSnapshotQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ListenerCounters
{
    public long Accepted;
    public long Rejected;
}

[ThreadLocalSlot]
public sealed partial class ListenerLimits
{
    public long MaxBurst { get; init; }
}

public static class AcceptLoop
{
    public static void OnAccept(bool admitted, long burst)
    {
        if (admitted)
        {
            Interlocked.Increment(ref ListenerCounters.Current.Accepted);
        }
        else
        {
            Interlocked.Add(ref ListenerCounters.Current.Rejected, burst > ListenerLimits.Current.MaxBurst ? ListenerLimits.Current.MaxBurst : burst);
        }

        Volatile.Write(ref ListenerCounters.Current.Accepted, 0);
    }
}
