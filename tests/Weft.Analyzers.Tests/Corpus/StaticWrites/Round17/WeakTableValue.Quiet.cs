// Quiet twin of WeakTableValue: the element's count goes through Interlocked.Increment.
using System.Runtime.CompilerServices;
using System.Threading;
using Weft;

namespace Corpus.R17.StaticWrites.WeakTableValue;

public sealed class Usage
{
    public int Count;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Tracker
{
    private static readonly ConditionalWeakTable<object, Usage> s_perKey = new();

    public void Touch(object key)
    {
        Interlocked.Increment(ref s_perKey.GetOrCreateValue(key).Count);
    }
}
