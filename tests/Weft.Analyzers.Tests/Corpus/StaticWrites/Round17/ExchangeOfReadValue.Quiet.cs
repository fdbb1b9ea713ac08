// Quiet twin of ExchangeOfReadValue: Interlocked.Increment returns the new value atomically.
using System.Threading;
using Weft;

namespace Corpus.R17.StaticWrites.ExchangeOfReadValue;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Sequencer
{
    private static long s_sequence;
    private long _mine;

    [WorkerUpdate]
    public void Take()
    {
        long next = Interlocked.Increment(ref s_sequence);
        _mine = next;
    }
}
