// Quiet twin of RefLocalArrayElement: the element is updated with Interlocked.Add through the same ref local.
using System.Threading;
using Weft;

namespace Corpus.R17.StaticWrites.RefLocalArrayElement;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class StatusCodes
{
    private static readonly long[] s_byClass = new long[6];

    public void Record(int status, long bytes)
    {
        ref long bucket = ref s_byClass[status / 100];
        Interlocked.Add(ref bucket, bytes);
    }
}
