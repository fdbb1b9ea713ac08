// WEFT0006: `long next = Interlocked.Read(ref s_n) + 1; Interlocked.Exchange(ref s_n, next);` in a [WorkerUpdate].
// Page: reported like `s_n++` ("also through a local whose only value was read from it"). The page does not say on
// which of the two lines: #escape marks both.
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
        long next = Interlocked.Read(ref s_sequence) + 1; // expect: WEFT0006 #escape
        Interlocked.Exchange(ref s_sequence, next); // expect: WEFT0006 #escape
        _mine = next;
    }
}
